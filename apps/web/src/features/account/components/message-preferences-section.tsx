import { MESSAGE_TOPICS, type MessageTopic } from '@clinic/domain';
import { Alert, Button, Fieldset, Loader, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/api-error';
import { notifyError } from '../../../lib/notify';
import { useMessagePreferences, useUpdateMessagePreferences } from '../api/message-preferences';

const TOPIC_KEYS: Record<MessageTopic, 'visitChanges' | 'reminders'> = {
  visit_changes: 'visitChanges',
  reminders: 'reminders',
};

interface Channels {
  /** The clinic sends emails. */
  mailOn: boolean;
  /** The clinic sends texts. */
  smsOn: boolean;
  /** The person has a phone number texts can go to. */
  hasPhone: boolean;
}

/**
 * "How we contact you": one switch per kind of message and channel, saved as it is flipped.
 * Texts are offered once the clinic sends them; until the person gives a phone number, the
 * section says that is what they need.
 */
export function MessagePreferencesSection({
  userId,
  mailOn,
  smsOn = false,
  hasPhone = false,
}: { userId: number } & Partial<Channels> & { mailOn: boolean }) {
  const { t } = useTranslation('users');
  const preferences = useMessagePreferences(userId);
  const update = useUpdateMessagePreferences(userId);

  if (!mailOn && !smsOn) return <Text size="sm">{t('contact.noMail')}</Text>;
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
  const onError = (error: unknown) => notifyError(error, t('contact.saveFailed'));

  const emailSwitches = MESSAGE_TOPICS.map((topic) => {
    const key = TOPIC_KEYS[topic];
    return (
      <Switch
        key={topic}
        label={t(`contact.${key}`)}
        description={t(`contact.${key}Hint`)}
        checked={preferences.data[key]}
        disabled={update.isPending}
        onChange={(event) => update.mutate({ [key]: event.currentTarget.checked }, { onError })}
      />
    );
  });
  if (!smsOn) {
    return (
      <Stack gap="md">
        <Text size="sm">{t('contact.intro')}</Text>
        {emailSwitches}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{mailOn ? t('contact.introBoth') : t('contact.introTexts')}</Text>
      {mailOn ? (
        <Fieldset legend={t('contact.byEmail')} variant="unstyled">
          <Stack gap="md">{emailSwitches}</Stack>
        </Fieldset>
      ) : null}
      <Fieldset legend={t('contact.byText')} variant="unstyled">
        {hasPhone ? (
          <Stack gap="md">
            {MESSAGE_TOPICS.map((topic) => {
              const key = TOPIC_KEYS[topic];
              return (
                <Switch
                  key={topic}
                  label={t(`contact.${key}ByText`)}
                  description={t(`contact.${key}Hint`)}
                  checked={preferences.data.sms[key]}
                  disabled={update.isPending}
                  onChange={(event) =>
                    update.mutate({ sms: { [key]: event.currentTarget.checked } }, { onError })
                  }
                />
              );
            })}
            <Text size="xs" c="dimmed">
              {t('contact.stopHint')}
            </Text>
          </Stack>
        ) : (
          <Text size="sm">{t('contact.noPhone')}</Text>
        )}
      </Fieldset>
    </Stack>
  );
}
