import type { MessageDeliveryStatus } from '@clinic/domain';
import { Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { formatInstant } from '../../../lib/dates';
import { useCurrentUser } from '../../auth';
import { type AppointmentMessage, useAppointmentMessages } from '../api/messages';
import { useAppointmentMessagesLiveSync } from '../hooks/use-appointment-messages-live-sync';

const STATUS_COLORS: Record<MessageDeliveryStatus, string> = {
  queued: 'gray',
  sent: 'blue',
  delivered: 'green',
  failed: 'red',
  skipped: 'yellow',
};

function MessageItem({ message, zone }: { message: AppointmentMessage; zone: string }) {
  const { t } = useTranslation('messages');
  const when =
    message.status === 'delivered' && message.deliveredAt
      ? t('appointment.deliveredAt', { when: formatInstant(message.deliveredAt, zone) })
      : message.sentAt
        ? t('appointment.sentAt', { when: formatInstant(message.sentAt, zone) })
        : message.droppedAt
          ? t('appointment.droppedAt', { when: formatInstant(message.droppedAt, zone) })
          : t('appointment.dueAt', { when: formatInstant(message.dueAt, zone) });
  return (
    <Stack component="li" gap={2}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          {t(`kind.${message.kind}`)} · {t(`channel.${message.channel}`)}
        </Text>
        <Badge variant="light" color={STATUS_COLORS[message.status]} miw="max-content">
          {t(`status.${message.status}`)}
        </Badge>
      </Group>
      <Text size="xs">
        {message.sentTo
          ? t('appointment.toAt', { name: message.recipientName, address: message.sentTo })
          : t('appointment.to', { name: message.recipientName })}
      </Text>
      <Text size="xs" c="dimmed">
        {when}
        {message.status === 'queued' && message.attempts > 0
          ? ` · ${t('appointment.attempts', { count: message.attempts })}`
          : ''}
      </Text>
      {message.reason ? (
        <Text size="xs" c={message.status === 'failed' ? 'red.9' : undefined}>
          {t('appointment.reason', { reason: message.reason })}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * What became of each email and text about the appointment, below its history, for the owner
 * and the front desk:
 * queued, sent, delivered, failed with the provider's reason, or skipped and why. Patients see
 * nothing here.
 */
export function AppointmentMessages({
  appointmentId,
  zone,
}: {
  appointmentId: number;
  zone: string;
}) {
  const actor = useCurrentUser();
  if (actor.role === 'patient') return null;
  return <MessagesSection appointmentId={appointmentId} zone={zone} />;
}

function MessagesSection({ appointmentId, zone }: { appointmentId: number; zone: string }) {
  const { t } = useTranslation('messages');
  const headingId = useId();
  const messages = useAppointmentMessages(appointmentId);
  useAppointmentMessagesLiveSync(appointmentId);

  let content: React.ReactNode;
  if (messages.isPending) {
    content = (
      <Stack gap="xs" role="status" aria-label={t('appointment.loading')}>
        <Skeleton height={16} />
        <Skeleton height={16} width="60%" />
      </Stack>
    );
  } else if (messages.isError) {
    content = (
      <QueryError
        title={t('appointment.loadFailed')}
        error={messages.error}
        onRetry={() => void messages.refetch()}
      />
    );
  } else if (messages.data.results.length === 0) {
    content = <Text size="sm">{t('appointment.empty')}</Text>;
  } else {
    content = (
      <Stack
        component="ul"
        gap="sm"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('appointment.label')}
      >
        {messages.data.results.map((message) => (
          <MessageItem key={message.id} message={message} zone={zone} />
        ))}
      </Stack>
    );
  }
  return (
    <section aria-labelledby={headingId}>
      <Text size="sm" c="dimmed" fw={500} mb={4} id={headingId}>
        {t('appointment.title')}
      </Text>
      {content}
    </section>
  );
}
