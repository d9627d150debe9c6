import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../types/api';
import { useClinic } from '../../clinic';
import { EmailChangeForm } from './email-change-form';
import { EmailConfirmationNotice } from './email-confirmation-notice';

/** The profile's email section: the address, a change of it, and any confirmation it awaits. */
export function AccountEmailSection({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const clinic = useClinic();
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        {t('account.emailTitle')}
      </Title>
      <Stack>
        <EmailConfirmationNotice user={user} />
        <EmailChangeForm user={user} mailOn={clinic.data?.emailNotifications ?? false} />
      </Stack>
    </Paper>
  );
}
