import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { RegisterForm } from '../../../features/auth/components/register-form';
import { QueryArea } from '../../query-area';

export function RegisterRoute() {
  const { t } = useTranslation('auth');
  return (
    <Stack>
      <PageHeader title={t('register.title')} />
      <QueryArea>
        <RegisterForm />
      </QueryArea>
      <Text size="sm" ta="center">
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to="/login">
          {t('register.signIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
