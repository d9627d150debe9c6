import { Button, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { TeamDashboard } from '../../../features/dashboard/components/team-dashboard';

export function StaffHomeRoute() {
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader title={`Welcome, ${user.name}`} />
      <TeamDashboard area="staff" />
      <Group>
        <Button component={Link} to="/staff/appointments" variant="light">
          Open the appointment book
        </Button>
        <Button component={Link} to="/staff/calendar" variant="light">
          Open the calendar
        </Button>
        <Button component={Link} to="/staff/patients" variant="light">
          Find or register a patient
        </Button>
      </Group>
    </Stack>
  );
}
