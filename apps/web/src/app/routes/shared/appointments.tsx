import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/ui/page-header';
import { AppointmentsManager } from '../../../features/appointments/components/appointments-manager';

/** The same page serves /owner/appointments and /staff/appointments. */
export function AppointmentsRoute() {
  return (
    <Stack gap="lg">
      <PageHeader title="Appointments" />
      <AppointmentsManager />
    </Stack>
  );
}
