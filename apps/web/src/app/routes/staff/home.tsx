import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { StatCard } from '../../../components/ui/stat-card';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { useUsers } from '../../../features/users/api/get-users';

export function StaffHomeRoute() {
  const user = useCurrentUser();
  const patients = useUsers({ role: 'patient', page: 1, pageSize: 1 });
  return (
    <Stack gap="lg">
      <PageHeader title={`Welcome, ${user.name}`} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard
          label="Patients"
          value={patients.data?.count}
          isError={patients.isError}
          to="/staff/patients"
          linkLabel="See patients"
        />
      </SimpleGrid>
      <Group>
        <Button component={Link} to="/staff/patients" variant="light">
          Find or register a patient
        </Button>
      </Group>
    </Stack>
  );
}
