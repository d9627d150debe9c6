import { Alert, Loader, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/api-error';
import { useCurrentUser } from '../../auth';
import { useClinic } from '../../clinic';
import { MessagePreferencesSection } from './message-preferences-section';

/** "How we contact you" on the patient's profile. */
export function ContactPreferencesSection({ userId }: { userId: number }) {
  const { t } = useTranslation('users');
  const clinic = useClinic();
  const user = useCurrentUser();
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        {t('contact.title')}
      </Title>
      {clinic.isPending ? <Loader size="sm" aria-label={t('contact.loading')} /> : null}
      {clinic.isError ? (
        <Alert color="red" title={t('contact.loadFailed')} role="alert">
          {describeError(clinic.error)}
        </Alert>
      ) : null}
      {clinic.data ? (
        <MessagePreferencesSection
          userId={userId}
          mailOn={clinic.data.emailNotifications}
          smsOn={clinic.data.smsNotifications}
          hasPhone={user.phone.trim() !== ''}
        />
      ) : null}
    </Paper>
  );
}
