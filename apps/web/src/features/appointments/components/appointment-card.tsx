import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type DetailItem, DetailList } from '../../../components/ui/detail-list';
import { PatientConfirmedBadge } from '../../../components/ui/patient-confirmed-badge';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useCurrentUser } from '../../auth';
import { CancellationNote } from './cancellation-note';

/** A patient's view of one of their appointments; `actions`, what they may do to it. */
export function AppointmentCard({
  appointment,
  actions,
}: {
  appointment: Appointment;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(['appointments', 'family']);
  // A guardian's list mixes their own visits with their dependants': say whose each is.
  const isSomeoneElses = appointment.patient !== useCurrentUser().id;
  const heading = t('dateAndTime', {
    date: formatLongDate(appointment.date),
    time: formatTime(appointment.time),
  });
  const items: DetailItem[] = [
    {
      label: t('fields.time'),
      value: t('timeRange', {
        start: formatTime(appointment.time),
        end: formatTime(appointment.endTime),
      }),
    },
    { label: t('fields.service'), value: appointment.serviceName ?? t('card.serviceUndecided') },
    { label: t('fields.dentist'), value: appointment.dentistName ?? t('card.anyDentist') },
  ];
  if (appointment.notes) items.push({ label: t('fields.notes'), value: appointment.notes });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={heading}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Title order={3} size="h5">
          {formatLongDate(appointment.date)}
        </Title>
        <Group gap={4} justify="flex-end">
          <StatusBadge status={appointment.status} />
          <PatientConfirmedBadge at={appointment.patientConfirmedAt} />
        </Group>
      </Group>
      {isSomeoneElses ? (
        <Text fw={500} mb="xs">
          {t('family:marks.forPerson', { name: appointment.patientName })}
        </Text>
      ) : null}
      <DetailList items={items} />
      {appointment.status === 'pending' ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t('card.awaitingConfirmation')}
        </Text>
      ) : null}
      {appointment.status === 'cancelled' ? <CancellationNote appointment={appointment} /> : null}
      {actions}
    </Paper>
  );
}
