import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { formatInstant, formatLongDate, formatTime } from '../../../lib/dates';
import { notifyError } from '../../../lib/notify';
import { useClinic } from '../../clinic';
import {
  type PatientMessage,
  useMarkPatientMessageHandled,
  usePatientMessages,
} from '../api/messages';
import { usePatientMessagesLiveSync } from '../hooks/use-patient-messages-live-sync';

function MessageItem({
  message,
  zone,
  onHandled,
  isSaving,
}: {
  message: PatientMessage;
  zone: string;
  onHandled: (message: PatientMessage) => void;
  isSaving: boolean;
}) {
  const { t } = useTranslation('messages');
  const who = message.patientName ?? message.from;
  return (
    <Group component="li" justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={2} style={{ flex: '1 1 16rem' }}>
        <Text size="sm" fw={500}>
          {message.patientName
            ? t('patientTexts.from', { name: message.patientName, number: message.from })
            : t('patientTexts.unknown', { number: message.from })}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          “{message.body}”
        </Text>
        <Text size="xs">{t(`outcome.${message.outcome}`)}</Text>
        <Text size="xs" c="dimmed">
          {t('patientTexts.receivedAt', { when: formatInstant(message.receivedAt, zone) })}
          {message.appointmentDate && message.appointmentTime
            ? ` · ${t('patientTexts.aboutVisit', {
                date: formatLongDate(message.appointmentDate),
                time: formatTime(message.appointmentTime),
              })}`
            : ''}
        </Text>
      </Stack>
      <Button
        size="xs"
        variant="light"
        loading={isSaving}
        onClick={() => onHandled(message)}
        aria-label={t('patientTexts.handledNamed', { name: who })}
      >
        {t('patientTexts.handled')}
      </Button>
    </Group>
  );
}

/**
 * Texts from patients the clinic could not settle by itself, on the team's home page: each is
 * read, acted on in the book or by phone, and marked handled, which takes it off every desk.
 */
export function PatientMessages() {
  const { t } = useTranslation('messages');
  const headingId = useId();
  const clinic = useClinic();
  const messages = usePatientMessages();
  const handled = useMarkPatientMessageHandled();
  usePatientMessagesLiveSync();
  const zone = clinic.data?.timezone ?? 'UTC';

  let content: React.ReactNode;
  if (messages.isPending) {
    content = <Skeleton height={48} role="status" aria-label={t('patientTexts.loading')} />;
  } else if (messages.isError) {
    content = (
      <QueryError
        title={t('patientTexts.loadFailed')}
        error={messages.error}
        onRetry={() => void messages.refetch()}
      />
    );
  } else if (messages.data.results.length === 0) {
    content = (
      <Text size="sm" c="dimmed">
        {t('patientTexts.empty')}
      </Text>
    );
  } else {
    content = (
      <Stack
        component="ul"
        gap="md"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('patientTexts.listLabel')}
      >
        {messages.data.results.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            zone={zone}
            isSaving={handled.isPending && handled.variables === message.id}
            onHandled={(done) =>
              handled.mutate(done.id, {
                onError: (error) => notifyError(error, t('patientTexts.handleFailed')),
              })
            }
          />
        ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('patientTexts.title')}
        </Title>
        {messages.data && messages.data.count > 0 ? (
          <Text size="sm" c="dimmed">
            {t('patientTexts.waiting', { count: messages.data.count })}
          </Text>
        ) : null}
      </Group>
      {content}
    </Paper>
  );
}
