import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { StaffDirectory } from '../../../features/users/components/staff-directory';

export function OwnerStaffRoute() {
  const { t } = useTranslation('app');
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.staff')} />
      <StaffDirectory actor={user} />
    </Stack>
  );
}
