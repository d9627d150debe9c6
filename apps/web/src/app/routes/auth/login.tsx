import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { LoginForm } from '../../../features/auth/components/login-form';

export function LoginRoute() {
  return (
    <Stack>
      <PageHeader title="Sign in" />
      <LoginForm />
      <Text size="sm" ta="center">
        New patient?{' '}
        <Anchor component={Link} to="/register">
          Create an account
        </Anchor>
      </Text>
    </Stack>
  );
}
