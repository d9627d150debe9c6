import { Group, Paper, Text, Title } from '@mantine/core';
import { type DetailItem, DetailList } from '../../../components/ui/detail-list';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatLongDate } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';

/** A patient's read-only view of one of their appointments. */
export function AppointmentCard({ appointment }: { appointment: Appointment }) {
  const heading = `${formatLongDate(appointment.date)}, ${appointment.time}`;
  const items: DetailItem[] = [
    { label: 'Time', value: `${appointment.time}–${appointment.endTime}` },
    { label: 'Service', value: appointment.serviceName ?? 'To be decided by the clinic' },
    { label: 'Dentist', value: appointment.dentistName ?? 'Any available dentist' },
  ];
  if (appointment.notes) items.push({ label: 'Notes', value: appointment.notes });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={heading}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Title order={3} size="h5">
          {formatLongDate(appointment.date)}
        </Title>
        <StatusBadge status={appointment.status} />
      </Group>
      <DetailList items={items} />
      {appointment.status === 'pending' ? (
        <Text size="xs" c="dimmed" mt="sm">
          Waiting for the clinic to confirm.
        </Text>
      ) : null}
    </Paper>
  );
}
