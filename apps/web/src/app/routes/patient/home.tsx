import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { PatientDashboard } from '../../../features/dashboard/components/patient-dashboard';

export function PatientHomeRoute() {
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader title={`Welcome, ${user.name}`} />
      <PatientDashboard />
      <Text>
        Your past visits are on{' '}
        <Anchor component={Link} to="/patient/appointments?tab=past">
          your appointments page
        </Anchor>
        . To change or cancel an appointment, please contact the clinic. Keep your contact details
        up to date in{' '}
        <Anchor component={Link} to="/patient/profile">
          your profile
        </Anchor>{' '}
        so the clinic can reach you.
      </Text>
    </Stack>
  );
}
