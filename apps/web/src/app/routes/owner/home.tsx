import { Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { TeamDashboard } from '../../../features/dashboard/components/team-dashboard';

export function OwnerHomeRoute() {
  const user = useCurrentUser();

  return (
    <Stack gap="lg">
      <PageHeader title={`Welcome, ${user.name}`} />
      <TeamDashboard area="owner" />
      <Stack gap="sm">
        <Title order={2} size="h4">
          Quick links
        </Title>
        <Group>
          <Button component={Link} to="/owner/appointments" variant="light">
            Open the appointment book
          </Button>
          <Button component={Link} to="/owner/calendar" variant="light">
            Open the calendar
          </Button>
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
