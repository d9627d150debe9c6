import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { RegisterForm } from '../../../features/auth/components/register-form';

export function RegisterRoute() {
  return (
    <Stack>
      <PageHeader title="Create your patient account" />
      <RegisterForm />
      <Text size="sm" ta="center">
        Already have an account?{' '}
        <Anchor component={Link} to="/login">
          Sign in
        </Anchor>
      </Text>
    </Stack>
  );
}
