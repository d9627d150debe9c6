import {
  Alert,
  Button,
  CopyButton,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryError } from '../../../components/ui/query-error';
import { notifyError, notifySuccess } from '../../../lib/notify';
import {
  type CreatedCalendarFeed,
  useCalendarFeed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from '../api/calendar-feed';
import { feedDate } from './feed-dates';

/** The address just made: shown once, to copy or open in a calendar app. */
function NewLink({ created }: { created: CreatedCalendarFeed }) {
  const { t } = useTranslation('calendarFeed');
  return (
    <Alert color="teal" title={t('section.newLink')}>
      <Stack gap="sm">
        <Text size="sm">{t('section.onlyNow')}</Text>
        <TextInput
          readOnly
          value={created.url}
          label={t('section.newLink')}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Group gap="sm">
          <CopyButton value={created.url}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'light' : 'filled'} onClick={copy}>
                {copied ? t('section.copied') : t('section.copy')}
              </Button>
            )}
          </CopyButton>
          <Button component="a" href={created.webcalUrl} size="xs" variant="default">
            {t('section.openInApp')}
          </Button>
        </Group>
        <Text size="sm">{t('section.howTo')}</Text>
      </Stack>
    </Alert>
  );
}

/**
 * "Calendar subscription" on a patient's or a dentist's profile: make a private feed address
 * (shown once, with its webcal:// form), replace it, or revoke it.
 */
export function CalendarFeedSection({
  userId,
  audience,
}: {
  userId: number;
  audience: 'patient' | 'dentist';
}) {
  const { t } = useTranslation('calendarFeed');
  const titleId = useId();
  const feed = useCalendarFeed(userId);
  const create = useCreateCalendarFeed(userId);
  const revoke = useRevokeCalendarFeed(userId);
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const [confirming, setConfirming] = useState<'replace' | 'revoke' | null>(null);

  const makeLink = () =>
    create.mutate(undefined, {
      onSuccess: (answer) => {
        setCreated(answer);
        setConfirming(null);
      },
      onError: (error) => notifyError(error, t('section.createFailed')),
    });
  const revokeLink = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setCreated(null);
        setConfirming(null);
        notifySuccess(t('section.revoked'));
      },
      onError: (error) => notifyError(error, t('section.revokeFailed')),
    });

  let body: ReactNode;
  if (feed.error) {
    body = (
      <QueryError
        title={t('section.loadError')}
        error={feed.error}
        onRetry={() => void feed.refetch()}
      />
    );
  } else if (!feed.data) {
    body = (
      <Stack gap="xs" role="status" aria-label={t('section.loading')}>
        <Skeleton height={20} />
        <Skeleton height={32} width={160} />
      </Stack>
    );
  } else if (!feed.data.active) {
    body = (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('section.none')}</Text>
        <Button size="sm" onClick={makeLink} loading={create.isPending}>
          {t('section.create')}
        </Button>
      </Stack>
    );
  } else {
    const { createdAt, lastUsedAt } = feed.data;
    body = (
      <Stack gap="sm">
        {created ? <NewLink created={created} /> : null}
        <div>
          {createdAt ? (
            <Text size="sm">{t('section.active', { date: feedDate(createdAt) })}</Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {lastUsedAt
              ? t('section.lastUsed', { date: feedDate(lastUsedAt) })
              : t('section.neverUsed')}
          </Text>
        </div>
        <Group gap="sm">
          <Button size="sm" variant="default" onClick={() => setConfirming('replace')}>
            {t('section.replace')}
          </Button>
          <Button size="sm" variant="light" color="red" onClick={() => setConfirming('revoke')}>
            {t('section.revoke')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        {t('section.title')}
      </Title>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {audience === 'patient' ? t('section.introPatient') : t('section.introDentist')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('section.private')}
        </Text>
        {body}
      </Stack>
      <ConfirmModal
        opened={confirming === 'revoke'}
        title={t('section.revokeTitle')}
        message={t('section.revokeMessage')}
        confirmLabel={t('section.revoke')}
        isDanger
        isPending={revoke.isPending}
        onConfirm={revokeLink}
        onClose={() => setConfirming(null)}
      />
      <ConfirmModal
        opened={confirming === 'replace'}
        title={t('section.replaceTitle')}
        message={t('section.replaceMessage')}
        confirmLabel={t('section.replace')}
        isPending={create.isPending}
        onConfirm={makeLink}
        onClose={() => setConfirming(null)}
      />
    </Paper>
  );
}
