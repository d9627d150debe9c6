import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryError } from '../../../components/ui/query-error';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feed';
import { feedDate } from './feed-dates';

/** On a dentist's account, for the owner: whether they subscribe, and revoking it (a lost phone). */
export function DentistFeedControl({ dentist }: { dentist: { id: number; name: string } }) {
  const { t } = useTranslation('calendarFeed');
  const feed = useCalendarFeed(dentist.id);
  const revoke = useRevokeCalendarFeed(dentist.id);
  const [confirming, setConfirming] = useState(false);

  if (feed.error) {
    return <QueryError error={feed.error} onRetry={() => void feed.refetch()} />;
  }
  if (!feed.data) return <Loader size="sm" aria-label={t('dentist.loading')} />;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('dentist.title')}
      </Text>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {feed.data.active && feed.data.createdAt
            ? t('dentist.active', { date: feedDate(feed.data.createdAt) })
            : t('dentist.none')}
        </Text>
        {feed.data.active ? (
          <Button size="xs" variant="light" color="red" onClick={() => setConfirming(true)}>
            {t('dentist.revoke')}
          </Button>
        ) : null}
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('dentist.revokeTitle', { name: dentist.name })}
        message={t('dentist.revokeMessage', { name: dentist.name })}
        confirmLabel={t('dentist.revoke')}
        isDanger
        isPending={revoke.isPending}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notifySuccess(t('dentist.revoked', { name: dentist.name }));
            },
            onError: (error) => notifyError(error, t('section.revokeFailed')),
          })
        }
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
