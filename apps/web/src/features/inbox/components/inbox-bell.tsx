import { ActionIcon, Indicator, Popover } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../types/api';
import { AppointmentDialog } from '../../appointments';
import { useCurrentUser } from '../../auth';
import { useUnreadCount } from '../api/inbox';
import { useInboxLiveSync } from '../hooks/use-inbox-live-sync';
import { InboxPanel } from './inbox-panel-lazy';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M6 9a6 6 0 1 1 12 0c0 5 2 6.5 2 6.5H4S6 14 6 9Z"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <path d="M10 19a2 2 0 0 0 4 0" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The bell in the header, for every role: the unread count on it, kept live by the stream, and
 * the person's notifications in a panel below it.
 */
export function InboxBell({ role }: { role: Role }) {
  const { t } = useTranslation('inbox');
  useInboxLiveSync();
  const me = useCurrentUser();
  const unread = useUnreadCount().data ?? 0;
  const [isOpen, setIsOpen] = useState(false);
  const [appointmentId, setAppointmentId] = useState<number | null>(null);
  const titleId = useId();
  const label = unread > 0 ? t('bell.labelUnread', { count: unread }) : t('bell.label');

  return (
    <>
      <Popover
        opened={isOpen}
        onChange={setIsOpen}
        position="bottom-end"
        shadow="md"
        width="min(24rem, calc(100vw - 1rem))"
        trapFocus
        returnFocus
      >
        <Indicator
          disabled={unread === 0}
          label={<span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
          size={18}
          offset={6}
          color="red.8"
          inline
        >
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={label}
              onClick={() => setIsOpen((open) => !open)}
            >
              <BellIcon />
            </ActionIcon>
          </Popover.Target>
        </Indicator>
        <Popover.Dropdown p={0} aria-labelledby={titleId}>
          {isOpen ? (
            <InboxPanel
              role={role}
              readerId={me.id}
              titleId={titleId}
              onClose={() => setIsOpen(false)}
              onOpenAppointment={(id) => {
                setIsOpen(false);
                setAppointmentId(id);
              }}
            />
          ) : null}
        </Popover.Dropdown>
      </Popover>
      {appointmentId !== null && role !== 'patient' ? (
        <AppointmentDialog appointmentId={appointmentId} onClose={() => setAppointmentId(null)} />
      ) : null}
    </>
  );
}
