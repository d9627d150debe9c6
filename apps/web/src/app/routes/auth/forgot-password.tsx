import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { ForgotPasswordForm } from '../../../features/account/components/forgot-password-form';
import { usePublicClinic } from '../../../features/clinic/api/public-clinic';

export function ForgotPasswordRoute() {
  const { t } = useTranslation('auth');
  const { data: clinic, error } = usePublicClinic();
  // Should the clinic's settings not load, offer the form: the server says if mail is off.
  const mailOn = clinic ? clinic.emailNotifications : error ? true : undefined;
  return (
    <Stack>
      <PageHeader title={t('recovery.title')} />
      <ForgotPasswordForm mailOn={mailOn} />
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/login">
          {t('recovery.backToSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
