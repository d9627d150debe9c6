import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { StaffDirectory } from '../../../features/users/components/staff-directory';

export function OwnerStaffRoute() {
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader title="Staff" />
      <StaffDirectory actor={user} />
    </Stack>
  );
}
