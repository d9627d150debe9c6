import { Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { StatCard } from '../../../components/ui/stat-card';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { useServices } from '../../../features/services/api/get-services';
import { useUsers } from '../../../features/users/api/get-users';

// Only the lists' totals are needed here, so one row per list is enough.
const COUNT_ONLY = { page: 1, pageSize: 1 } as const;

export function OwnerHomeRoute() {
  const user = useCurrentUser();
  const staff = useUsers({ role: 'staff', ...COUNT_ONLY });
  const patients = useUsers({ role: 'patient', ...COUNT_ONLY });
  const services = useServices();

  return (
    <Stack gap="lg">
      <PageHeader title={`Welcome, ${user.name}`} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard
          label="Staff members"
          value={staff.data?.count}
          isError={staff.isError}
          to="/owner/staff"
          linkLabel="Manage staff"
        />
        <StatCard
          label="Patients"
          value={patients.data?.count}
          isError={patients.isError}
          to="/owner/patients"
          linkLabel="See patients"
        />
        <StatCard
          label="Services"
          value={services.data?.length}
          isError={services.isError}
          to="/owner/services"
          linkLabel="Manage services"
        />
      </SimpleGrid>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Quick links
        </Title>
        <Group>
          <Button component={Link} to="/owner/staff" variant="light">
            Add a staff member
          </Button>
          <Button component={Link} to="/owner/services" variant="light">
            Add a service
          </Button>
          <Button component={Link} to="/owner/settings" variant="light">
            Set opening hours
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
