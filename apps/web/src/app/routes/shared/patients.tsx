import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { PatientDirectory } from '../../../features/users/components/patient-directory';

/** The same page serves /owner/patients and /staff/patients. */
export function PatientsRoute() {
  const { t } = useTranslation('app');
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.patients')} />
      <PatientDirectory actor={user} />
    </Stack>
  );
}
