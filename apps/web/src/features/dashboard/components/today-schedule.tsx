import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PatientConfirmedBadge } from '../../../components/ui/patient-confirmed-badge';
import { StatusBadge } from '../../../components/ui/status-badge';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { groupByDentist } from '../utils/group-by-dentist';
import { DashboardSection } from './dashboard-section';

interface TodayScheduleProps {
  /** Undefined while loading. */
  schedule: Appointment[] | undefined;
  today: string | undefined;
  onOpen: (appointment: Appointment) => void;
}

function VisitRow({
  appointment,
  onOpen,
}: {
  appointment: Appointment;
  onOpen: TodayScheduleProps['onOpen'];
}) {
  const { t } = useTranslation('dashboard');
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm" py={4}>
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Text
          size="sm"
          fw={600}
          style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {t('timeRange', {
            start: formatTime(appointment.time),
            end: formatTime(appointment.endTime),
          })}
        </Text>
        <Stack gap={0} miw={0}>
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={500}
            ta="left"
            aria-label={t('today.viewAppointment', {
              patient: appointment.patientName,
              time: formatTime(appointment.time),
            })}
            onClick={() => onOpen(appointment)}
          >
            {appointment.patientName}
          </Anchor>
          {appointment.serviceName ? (
            <Text size="xs" c="dimmed" truncate>
              {appointment.serviceName}
            </Text>
          ) : null}
        </Stack>
      </Group>
      <Group gap={4} justify="flex-end">
        <PatientConfirmedBadge at={appointment.patientConfirmedAt} />
        <StatusBadge status={appointment.status} />
      </Group>
    </Group>
  );
}

/** Today's visits per dentist, each in time order. */
export function TodaySchedule({ schedule, today, onOpen }: TodayScheduleProps) {
  const { t } = useTranslation('dashboard');
  let content: ReactNode;
  if (!schedule) {
    content = <TableSkeleton rows={4} />;
  } else if (schedule.length === 0) {
    content = (
      <EmptyState title={t('today.emptyTitle')} description={t('today.emptyDescription')} />
    );
  } else {
    content = (
      <Stack gap="md">
        {groupByDentist(schedule).map((group) => {
          const name = group.dentistName ?? t('today.noDentist');
          return (
            <div key={group.dentistId ?? 'none'}>
              <Title order={3} size="h6" mb={4}>
                {name}{' '}
                <Text span size="xs" c="dimmed" fw={400}>
                  ({group.appointments.length})
                </Text>
              </Title>
              <Stack
                component="ul"
                gap={0}
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
                aria-label={t('today.withDentist', { name })}
              >
                {group.appointments.map((appointment) => (
                  <VisitRow key={appointment.id} appointment={appointment} onOpen={onOpen} />
                ))}
              </Stack>
            </div>
          );
        })}
      </Stack>
    );
  }
  return (
    <DashboardSection
      title={t('today.title')}
      aside={
        today ? (
          <Text size="sm" c="dimmed">
            {formatLongDate(today)}
          </Text>
        ) : null
      }
    >
      {content}
    </DashboardSection>
  );
}
