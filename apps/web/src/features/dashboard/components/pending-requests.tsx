import { Anchor, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import type { Appointment } from '../../../types/api';
import {
  ConfirmWithDentistModal,
  needsDentistToConfirm,
  useChangeStatus,
} from '../../appointments';
import { DashboardSection } from './dashboard-section';
import { DeclineRequestModal } from './decline-request-modal';
import { PendingRequestItem } from './pending-request-item';

interface PendingRequestsProps {
  area: 'owner' | 'staff';
  /** The earliest requests; undefined while loading. */
  pending: Appointment[] | undefined;
  /** Every upcoming request, of which `pending` may show only the first. */
  total: number | undefined;
  onOpen: (appointment: Appointment) => void;
}

/** Requests waiting for an answer, the soonest first. */
export function PendingRequests({ area, pending, total, onOpen }: PendingRequestsProps) {
  const { t } = useTranslation('dashboard');
  const [declining, setDeclining] = useState<Appointment | null>(null);
  const [choosingDentist, setChoosingDentist] = useState<Appointment | null>(null);
  // Held here rather than per row: a confirmed request leaves the list (and unmounts its row)
  // before the server's answer arrives, and the answer's message must still be shown.
  const changeStatus = useChangeStatus();
  let content: ReactNode;
  if (!pending) {
    content = <TableSkeleton rows={3} />;
  } else if (pending.length === 0) {
    content = (
      <EmptyState title={t('pending.emptyTitle')} description={t('pending.emptyDescription')} />
    );
  } else {
    content = (
      <Stack
        component="ul"
        gap="sm"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('pending.listLabel')}
      >
        {pending.map((appointment) => (
          <PendingRequestItem
            key={appointment.id}
            appointment={appointment}
            isSaving={changeStatus.pendingId === appointment.id}
            onOpen={onOpen}
            onConfirm={(request) =>
              needsDentistToConfirm(request, 'confirmed')
                ? setChoosingDentist(request)
                : changeStatus.change(request, 'confirmed')
            }
            onDecline={setDeclining}
          />
        ))}
      </Stack>
    );
  }
  const hasMore = pending !== undefined && total !== undefined && total > pending.length;
  return (
    <DashboardSection
      title={t('pending.title')}
      aside={
        hasMore ? (
          <Anchor component={Link} to={`/${area}/appointments?status=pending`} size="sm">
            {t('pending.seeAll', { total })}
          </Anchor>
        ) : total !== undefined ? (
          <Text size="sm" c="dimmed">
            {t('pending.waiting', { count: total })}
          </Text>
        ) : null
      }
    >
      {content}
      {declining ? (
        <DeclineRequestModal appointment={declining} onClose={() => setDeclining(null)} />
      ) : null}
      {choosingDentist ? (
        <ConfirmWithDentistModal
          appointment={choosingDentist}
          onDone={() => setChoosingDentist(null)}
          onClose={() => setChoosingDentist(null)}
          onEdit={() => {
            setChoosingDentist(null);
            onOpen(choosingDentist);
          }}
        />
      ) : null}
    </DashboardSection>
  );
}
