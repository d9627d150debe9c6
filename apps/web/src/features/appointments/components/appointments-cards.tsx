import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatLongDate } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import type { ClinicClock } from '../../clinic';
import type { AppointmentSort } from '../api/get-appointments';
import type { AppointmentDialogMode } from './appointment-dialog';
import { AppointmentRowActions } from './appointment-row-actions';

interface AppointmentsCardsProps {
  appointments: Appointment[];
  clock: ClinicClock;
  sort: AppointmentSort;
  onToggleSort: () => void;
  onOpen: (appointment: Appointment, mode: AppointmentDialogMode) => void;
}

/** The table's rows as cards, for phones, where eight columns do not fit side by side. */
export function AppointmentsCards({
  appointments,
  clock,
  sort,
  onToggleSort,
  onOpen,
}: AppointmentsCardsProps) {
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button size="xs" variant="subtle" onClick={onToggleSort}>
          {sort === 'asc' ? 'Earliest first' : 'Latest first'}&nbsp;
          <span aria-hidden="true">{sort === 'asc' ? '↑' : '↓'}</span>
        </Button>
      </Group>
      {appointments.map((appointment) => (
        <Paper
          key={appointment.id}
          withBorder
          p="sm"
          radius="md"
          component="article"
          aria-label={`${appointment.patientName}, ${formatLongDate(appointment.date)} ${appointment.time}`}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div>
              <Text fw={600}>{appointment.patientName}</Text>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {appointment.patientEmail}
              </Text>
            </div>
            <StatusBadge status={appointment.status} />
          </Group>
          <Text size="sm" mt="xs">
            {formatLongDate(appointment.date)}, {appointment.time}–{appointment.endTime}
          </Text>
          <Text size="sm">
            {appointment.serviceName ?? 'No service'} · {appointment.dentistName ?? 'No dentist'}
          </Text>
          <Group mt="xs">
            <AppointmentRowActions appointment={appointment} clock={clock} onOpen={onOpen} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
