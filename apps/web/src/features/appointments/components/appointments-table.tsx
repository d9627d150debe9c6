import { Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
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

interface AppointmentsTableProps {
  appointments: Appointment[];
  clock: ClinicClock;
  sort: AppointmentSort;
  onToggleSort: () => void;
  onOpen: (appointment: Appointment, mode: AppointmentDialogMode) => void;
}

function Missing({ children }: { children: string }) {
  return (
    <Text span size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export function AppointmentsTable({
  appointments,
  clock,
  sort,
  onToggleSort,
  onOpen,
}: AppointmentsTableProps) {
  const { t } = useTranslation('appointments');
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.patient')}</Table.Th>
            <Table.Th>{t('fields.email')}</Table.Th>
            <Table.Th>{t('fields.service')}</Table.Th>
            <Table.Th aria-sort={sort === 'asc' ? 'ascending' : 'descending'}>
              <UnstyledButton
                onClick={onToggleSort}
                fw={700}
                fz="sm"
                aria-label={
                  sort === 'asc' ? t('list.sortedEarliestFirst') : t('list.sortedLatestFirst')
                }
              >
                {t('fields.date')} <span aria-hidden="true">{sort === 'asc' ? '↑' : '↓'}</span>
              </UnstyledButton>
            </Table.Th>
            <Table.Th>{t('fields.time')}</Table.Th>
            <Table.Th>{t('fields.dentist')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {appointments.map((appointment) => (
            <Table.Tr key={appointment.id}>
              <Table.Td fw={500}>
                <Group gap={6} wrap="nowrap">
                  {appointment.patientName}
                  <MedicalAlertBadge alerts={appointment.patientMedicalAlerts} />
                </Group>
                <FamilyMark name={appointment.guardianName} wording="bookedBy" />
              </Table.Td>
              <Table.Td>{appointment.patientEmail}</Table.Td>
              <Table.Td>{appointment.serviceName ?? <Missing>{t('list.none')}</Missing>}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatLongDate(appointment.date)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('timeRange', {
                  start: formatTime(appointment.time),
                  end: formatTime(appointment.endTime),
                })}
              </Table.Td>
              <Table.Td>
                {appointment.dentistName ?? <Missing>{t('list.notAssigned')}</Missing>}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <StatusBadge status={appointment.status} />
                  <PatientConfirmedBadge at={appointment.patientConfirmedAt} />
                </Group>
              </Table.Td>
              <Table.Td>
                <AppointmentRowActions appointment={appointment} clock={clock} onOpen={onOpen} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
