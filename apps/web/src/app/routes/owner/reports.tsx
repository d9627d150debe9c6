import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/ui/page-header';
import { AppointmentReportView } from '../../../features/reports/components/appointment-report';

export function OwnerReportsRoute() {
  return (
    <Stack gap="lg">
      <PageHeader title="Reports" />
      <AppointmentReportView />
    </Stack>
  );
}
