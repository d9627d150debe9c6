import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { AppointmentsManager } from '../../../features/appointments/components/appointments-manager';

/** The same page serves /owner/appointments and /staff/appointments. */
export function AppointmentsRoute() {
  const { t } = useTranslation('app');
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.appointments')} />
      <AppointmentsManager />
    </Stack>
  );
}
