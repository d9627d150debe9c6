import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { AppointmentReportView } from '../../../features/reports/components/appointment-report';

export function OwnerReportsRoute() {
  const { t } = useTranslation('app');
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.reports')} />
      <AppointmentReportView />
    </Stack>
  );
}
