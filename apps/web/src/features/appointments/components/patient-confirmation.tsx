import { mayRecordAttendance } from '@clinic/domain';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PatientConfirmedBadge } from '../../../components/ui/patient-confirmed-badge';
import { formatInstant } from '../../../lib/dates';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { Appointment } from '../../../types/api';
import { useCurrentUser } from '../../auth';
import { useRecordPatientConfirmation } from '../api/patient-confirmation';

/**
 * Whether the patient said they will come, in the visit's details; the team notes an answer
 * given on the phone here, or takes back a note made by mistake.
 */
export function PatientConfirmation({
  appointment,
  zone,
}: {
  appointment: Appointment;
  zone: string;
}) {
  const { t } = useTranslation('appointments');
  const actor = useCurrentUser();
  const record = useRecordPatientConfirmation();
  const confirmedAt = appointment.patientConfirmedAt;
  const canRecord = actor.role !== 'patient' && mayRecordAttendance(appointment.status);
  const which = { patient: appointment.patientName };
  const save = (confirmed: boolean) =>
    record.mutate(
      { appointment, confirmed },
      {
        onSuccess: () =>
          notifySuccess(
            t(confirmed ? 'patientConfirmed.recorded' : 'patientConfirmed.withdrawn', which),
          ),
        onError: (error) => notifyError(error, t('patientConfirmed.failed')),
      },
    );
  return (
    <Group gap="xs" wrap="wrap">
      {confirmedAt ? (
        <PatientConfirmedBadge at={confirmedAt} when={formatInstant(confirmedAt, zone)} />
      ) : (
        <Text span size="sm" c="dimmed">
          {t('patientConfirmed.notYet')}
        </Text>
      )}
      {canRecord ? (
        <Button
          size="compact-xs"
          variant="subtle"
          loading={record.isPending}
          onClick={() => save(!confirmedAt)}
          aria-label={t(
            confirmedAt ? 'patientConfirmed.withdrawLabel' : 'patientConfirmed.recordLabel',
            which,
          )}
        >
          {t(confirmedAt ? 'patientConfirmed.withdraw' : 'patientConfirmed.record')}
        </Button>
      ) : null}
    </Group>
  );
}
