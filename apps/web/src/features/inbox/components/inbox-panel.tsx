import { Box, Button, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { activeLocale, formatInstant } from '../../../lib/dates';
import { notifyError } from '../../../lib/notify';
import { serverNow } from '../../../lib/server-clock';
import type { InboxItem, Role } from '../../../types/api';
import { useClinicClock } from '../../clinic';
import { useInboxItems, useMarkRead, useUnreadCount } from '../api/inbox';
import { describeInboxItem } from '../utils/describe-item';
import { timeAgo } from '../utils/time-ago';

export interface InboxPanelProps {
  role: Role;
  readerId: number;
  /** The heading's id, which names the panel. */
  titleId: string;
  /** The team opens an item's appointment in its dialog; the panel closes first. */
  onOpenAppointment: (appointmentId: number) => void;
  onClose: () => void;
}

function ItemTime({ iso }: { iso: string }) {
  const clock = useClinicClock();
  const exact = clock ? formatInstant(iso, clock.zone) : iso;
  return (
    <Text size="xs" c="dimmed" component="time" dateTime={iso} title={exact}>
      {timeAgo(iso, clock?.now ?? serverNow(), activeLocale()) ?? exact}
    </Text>
  );
}

function ItemBody({ item, readerId }: { item: InboxItem; readerId: number }) {
  const { t } = useTranslation('inbox');
  const { text, detail } = describeInboxItem(item, readerId);
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Box
        aria-hidden="true"
        mt={6}
        w={8}
        h={8}
        style={{
          flex: 'none',
          borderRadius: '50%',
          background: item.read ? 'transparent' : 'var(--mantine-color-blue-7)',
        }}
      />
      <Stack gap={2} miw={0}>
        <Text size="sm" fw={item.read ? 400 : 600}>
          {item.read ? null : <VisuallyHidden>{`${t('panel.unread')}: `}</VisuallyHidden>}
          {text}
        </Text>
        {detail ? (
          <Text size="sm" c="dimmed" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            {detail}
          </Text>
        ) : null}
        <ItemTime iso={item.createdAt} />
      </Stack>
    </Group>
  );
}

/**
 * The bell's list: newest first, unread ones marked, each leading to its appointment (the team's
 * dialog, or a patient's own appointments page) and marked read when opened. Loads with the
 * first opening of the bell, not with every page.
 */
export function InboxPanel({
  role,
  readerId,
  titleId,
  onOpenAppointment,
  onClose,
}: InboxPanelProps) {
  const { t } = useTranslation(['inbox', 'common']);
  const items = useInboxItems();
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const all = items.data?.pages.flatMap((page) => page.results) ?? [];
  const newest = all[0]?.id;

  const markOneRead = (item: InboxItem) => {
    if (item.read) return;
    markRead.mutate(
      { ids: [item.id] },
      { onError: (error) => notifyError(error, t('panel.openFailed')) },
    );
  };
  const markAllRead = () =>
    markRead.mutate(
      { all: true, ...(newest === undefined ? {} : { upTo: newest }) },
      { onError: (error) => notifyError(error, t('panel.markAllReadFailed')) },
    );

  const row = (item: InboxItem) => {
    const body = <ItemBody item={item} readerId={readerId} />;
    const style = { display: 'block', width: '100%' };
    if (item.appointment !== null && role === 'patient') {
      return (
        <UnstyledButton
          component={Link}
          to="/patient/appointments"
          p="sm"
          style={style}
          onClick={() => {
            markOneRead(item);
            onClose();
          }}
        >
          {body}
        </UnstyledButton>
      );
    }
    const appointment = item.appointment;
    return (
      <UnstyledButton
        p="sm"
        style={style}
        onClick={() => {
          markOneRead(item);
          if (appointment !== null) onOpenAppointment(appointment);
        }}
      >
        {body}
      </UnstyledButton>
    );
  };

  let content: React.ReactNode;
  if (items.isPending) {
    content = (
      <Box p="sm">
        <TableSkeleton rows={3} />
      </Box>
    );
  } else if (items.isError) {
    content = (
      <Box p="sm">
        <QueryError
          error={items.error}
          title={t('panel.loadError')}
          onRetry={() => void items.refetch()}
        />
      </Box>
    );
  } else if (all.length === 0) {
    content = (
      <EmptyState title={t('panel.emptyTitle')} description={t('panel.emptyDescription')} />
    );
  } else {
    content = (
      <>
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {all.map((item) => (
            <Box
              component="li"
              key={item.id}
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              {row(item)}
            </Box>
          ))}
        </Box>
        {items.hasNextPage ? (
          <Group justify="center" p="xs">
            <Button
              variant="subtle"
              size="xs"
              loading={items.isFetchingNextPage}
              onClick={() => void items.fetchNextPage()}
            >
              {t('panel.loadMore')}
            </Button>
          </Group>
        ) : null}
      </>
    );
  }

  return (
    <Stack gap={0}>
      <Group
        justify="space-between"
        wrap="nowrap"
        px="sm"
        py="xs"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Text component="h2" id={titleId} fw={700} size="md" m={0}>
          {t('panel.title')}
        </Text>
        <Button
          variant="subtle"
          size="xs"
          disabled={(unread.data ?? 0) === 0}
          loading={markRead.isPending}
          onClick={markAllRead}
        >
          {t('panel.markAllRead')}
        </Button>
      </Group>
      <Box mah="min(28rem, 70vh)" style={{ overflowY: 'auto' }}>
        {content}
      </Box>
    </Stack>
  );
}
