import { MESSAGE_TOPICS, type MessageTopic } from '@clinic/domain';
import { Alert, Button, Loader, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/api-error';
import { notifyError } from '../../../lib/notify';
import { useMessagePreferences, useUpdateMessagePreferences } from '../api/message-preferences';

const TOPIC_KEYS: Record<MessageTopic, 'visitChanges' | 'reminders'> = {
  visit_changes: 'visitChanges',
  reminders: 'reminders',
};

/** "How we contact you": one switch per kind of email, saved as it is flipped. */
export function MessagePreferencesSection({ userId, mailOn }: { userId: number; mailOn: boolean }) {
  const { t } = useTranslation('users');
  const preferences = useMessagePreferences(userId);
  const update = useUpdateMessagePreferences(userId);

  if (!mailOn) return <Text size="sm">{t('contact.noMail')}</Text>;
  if (preferences.isPending) return <Loader size="sm" aria-label={t('contact.loading')} />;
  if (preferences.isError) {
    return (
      <Alert color="red" title={t('contact.loadFailed')} role="alert">
        <Text size="sm">{describeError(preferences.error)}</Text>
        <Button size="xs" variant="light" mt="sm" onClick={() => void preferences.refetch()}>
          {t('contact.retry')}
        </Button>
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('contact.intro')}</Text>
      {MESSAGE_TOPICS.map((topic) => {
        const key = TOPIC_KEYS[topic];
        return (
          <Switch
            key={topic}
            label={t(`contact.${key}`)}
            description={t(`contact.${key}Hint`)}
            checked={preferences.data[TOPIC_KEYS[topic]]}
            disabled={update.isPending}
            onChange={(event) =>
              update.mutate(
                { [key]: event.currentTarget.checked },
                { onError: (error) => notifyError(error, t('contact.saveFailed')) },
              )
            }
          />
        );
      })}
    </Stack>
  );
}
