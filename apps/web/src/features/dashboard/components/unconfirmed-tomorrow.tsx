import { addDays, dialableNumber } from '@clinic/domain';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { StatusBadge } from '../../../components/ui/status-badge';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { formatLongDate, formatTime } from '../../../lib/dates';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { Appointment, TeamDashboard } from '../../../types/api';
import { useRecordPatientConfirmation } from '../../appointments';
import { DashboardSection } from './dashboard-section';

type UnconfirmedVisit = TeamDashboard['unconfirmedTomorrow'][number];

interface UnconfirmedTomorrowProps {
  /** Undefined while loading. */
  visits: UnconfirmedVisit[] | undefined;
  today: string | undefined;
  onOpen: (appointment: Appointment) => void;
}

function VisitToCall({
  visit,
  isSaving,
  onOpen,
  onConfirmed,
}: {
  visit: UnconfirmedVisit;
  isSaving: boolean;
  onOpen: (appointment: Appointment) => void;
  onConfirmed: (visit: UnconfirmedVisit) => void;
}) {
  const { t } = useTranslation('dashboard');
  const which = { patient: visit.patientName, time: formatTime(visit.time) };
  return (
    <Group component="li" justify="space-between" wrap="wrap" gap="xs" py={4}>
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Text
          size="sm"
          fw={600}
          style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {formatTime(visit.time)}
        </Text>
        <Stack gap={0} miw={0}>
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={500}
            ta="left"
            aria-label={t('today.viewAppointment', which)}
            onClick={() => onOpen(visit)}
          >
            {visit.patientName}
          </Anchor>
          {visit.patientPhone ? (
            <Anchor
              href={`tel:${dialableNumber(visit.patientPhone)}`}
              size="xs"
              aria-label={t('unconfirmed.callLabel', {
                patient: visit.patientName,
                phone: visit.patientPhone,
              })}
            >
              {visit.patientPhone}
            </Anchor>
          ) : (
            <Text size="xs" c="dimmed">
              {t('unconfirmed.noPhone')}
            </Text>
          )}
        </Stack>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <StatusBadge status={visit.status} />
        <Button
          size="compact-xs"
          variant="light"
          loading={isSaving}
          aria-label={t('unconfirmed.confirmLabel', which)}
          onClick={() => onConfirmed(visit)}
        >
          {t('unconfirmed.confirm')}
        </Button>
      </Group>
    </Group>
  );
}

/**
 * Tomorrow's visits whose patient has not said they will come, with the number to call and
 * the way to note the answer given on the phone; a visit leaves the list once confirmed.
 */
export function UnconfirmedTomorrow({ visits, today, onOpen }: UnconfirmedTomorrowProps) {
  const { t } = useTranslation('dashboard');
  const record = useRecordPatientConfirmation();
  const confirm = (visit: UnconfirmedVisit) =>
    record.mutate(
      { appointment: visit, confirmed: true },
      {
        onSuccess: () => notifySuccess(t('unconfirmed.recorded', { patient: visit.patientName })),
        onError: (error) => notifyError(error, t('unconfirmed.failed')),
      },
    );
  let content: ReactNode;
  if (!visits) {
    content = <TableSkeleton rows={3} />;
  } else if (visits.length === 0) {
    content = (
      <EmptyState
        title={t('unconfirmed.emptyTitle')}
        description={t('unconfirmed.emptyDescription')}
      />
    );
  } else {
    content = (
      <Stack
        component="ul"
        gap={0}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('unconfirmed.listLabel')}
      >
        {visits.map((visit) => (
          <VisitToCall
            key={visit.id}
            visit={visit}
            isSaving={record.isPending && record.variables?.appointment.id === visit.id}
            onOpen={onOpen}
            onConfirmed={confirm}
          />
        ))}
      </Stack>
    );
  }
  return (
    <DashboardSection
      title={t('unconfirmed.title')}
      aside={
        today ? (
          <Text size="sm" c="dimmed">
            {formatLongDate(addDays(today, 1))}
          </Text>
        ) : null
      }
    >
      {content}
    </DashboardSection>
  );
}
