import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';

export function PatientHomeRoute() {
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader title={`Welcome, ${user.name}`} />
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="xs">
          Your appointments
        </Title>
        <Text>
          Online booking is not open yet. Until it is, please contact the clinic to book or change
          an appointment; your appointments will be listed here once it opens.
        </Text>
      </Paper>
      <Text>
        Keep your contact details up to date in{' '}
        <Anchor component={Link} to="/patient/profile">
          your profile
        </Anchor>{' '}
        so the clinic can reach you.
      </Text>
    </Stack>
  );
}
