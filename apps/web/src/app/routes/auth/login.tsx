import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { LoginForm } from '../../../features/auth/components/login-form';

export function LoginRoute() {
  const { t } = useTranslation('auth');
  return (
    <Stack>
      <PageHeader title={t('signIn.title')} />
      <LoginForm />
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/forgot-password">
          {t('signIn.forgot')}
        </Anchor>
      </Text>
      <Text size="sm" ta="center">
        {t('signIn.newPatient')}{' '}
        <Anchor component={Link} to="/register">
          {t('signIn.createAccount')}
        </Anchor>
      </Text>
    </Stack>
  );
}
