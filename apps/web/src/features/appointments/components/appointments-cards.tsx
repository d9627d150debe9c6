import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FamilyMark } from '../../../components/ui/family-mark';
import { MedicalAlertBadge } from '../../../components/ui/medical-alert-badge';
import { PatientConfirmedBadge } from '../../../components/ui/patient-confirmed-badge';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatLongDate, formatTime } from '../../../lib/dates';
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
  const { t } = useTranslation('appointments');
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button size="xs" variant="subtle" onClick={onToggleSort}>
          {sort === 'asc' ? t('list.earliestFirst') : t('list.latestFirst')}&nbsp;
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
          aria-label={t('which', {
            patient: appointment.patientName,
            date: formatLongDate(appointment.date),
            time: formatTime(appointment.time),
          })}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div>
              <Text fw={600}>{appointment.patientName}</Text>
              <MedicalAlertBadge alerts={appointment.patientMedicalAlerts} />
              <FamilyMark name={appointment.guardianName} wording="bookedBy" />
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {appointment.patientEmail}
              </Text>
            </div>
            <Stack gap={4} align="flex-end">
              <StatusBadge status={appointment.status} />
              <PatientConfirmedBadge at={appointment.patientConfirmedAt} />
            </Stack>
          </Group>
          <Text size="sm" mt="xs">
            {t('dateAndTime', {
              date: formatLongDate(appointment.date),
              time: t('timeRange', {
                start: formatTime(appointment.time),
                end: formatTime(appointment.endTime),
              }),
            })}
          </Text>
          <Text size="sm">
            {appointment.serviceName ?? t('list.noService')} ·{' '}
            {appointment.dentistName ?? t('list.noDentist')}
          </Text>
          <Group mt="xs">
            <AppointmentRowActions appointment={appointment} clock={clock} onOpen={onOpen} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
