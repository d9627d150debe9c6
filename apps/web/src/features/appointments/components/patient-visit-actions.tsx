import { dialableNumber } from '@clinic/domain';
import { Alert, Anchor, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Trans, useTranslation } from 'react-i18next';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useClinic, useClinicClock } from '../../clinic';
import { patientChangeWindow } from '../utils/patient-change-window';
import { CancelAppointmentModal, type CancelWording } from './cancel-appointment-modal';
import { MoveVisitModal } from './move-visit-modal-lazy';

function usePatientCancelWording(): CancelWording {
  const { t } = useTranslation('appointments');
  return {
    title: t('patientChange.cancelTitle'),
    summary: (a) =>
      t('patientChange.cancelSummary', { date: formatLongDate(a.date), time: formatTime(a.time) }),
    confirmLabel: t('patientChange.cancelConfirm'),
    keepLabel: t('patientChange.keep'),
    errorTitle: t('patientChange.cancelError'),
  };
}

/**
 * A patient's own visit: cancel it or move it to another free time, until the clinic's
 * cut-off; after it, the clinic's phone number instead.
 */
export function PatientVisitActions({
  appointment,
  startMoving = false,
  onMoveClosed,
}: {
  appointment: Appointment;
  /** Opens the move dialog at once, as "Choose another time" in a message asks. */
  startMoving?: boolean;
  onMoveClosed?: (() => void) | undefined;
}) {
  const { t } = useTranslation('appointments');
  const clinic = useClinic();
  const clock = useClinicClock();
  const [isCancelling, cancelDialog] = useDisclosure(false);
  const [isMoving, moveDialog] = useDisclosure(startMoving, { onClose: onMoveClosed });
  const cancelWording = usePatientCancelWording();
  if (!clinic.data || !clock) return null;
  const changeWindow = patientChangeWindow(appointment, clinic.data, clock.now);
  if (changeWindow === 'closed') return null;
  if (changeWindow === 'too_late') {
    const phone = clinic.data.phone;
    return (
      <Alert color="yellow" mt="sm" p="xs" title={t('patientChange.tooLateTitle')}>
        {phone ? (
          <Trans
            t={t}
            i18nKey="patientChange.tooLatePhone"
            values={{ phone }}
            components={{ phoneLink: <Anchor href={`tel:${dialableNumber(phone)}`} /> }}
          />
        ) : (
          t('patientChange.tooLate')
        )}
      </Alert>
    );
  }
  const when = { date: formatLongDate(appointment.date), time: formatTime(appointment.time) };
  return (
    <>
      <Group gap="xs" mt="sm">
        <Button
          size="xs"
          variant="light"
          onClick={moveDialog.open}
          aria-label={t('patientChange.moveLabel', when)}
        >
          {t('patientChange.move')}
        </Button>
        <Button
          size="xs"
          variant="light"
          color="red"
          onClick={cancelDialog.open}
          aria-label={t('patientChange.cancelLabel', when)}
        >
          {t('patientChange.cancel')}
        </Button>
      </Group>
      {isCancelling ? (
        <CancelAppointmentModal
          appointment={appointment}
          wording={cancelWording}
          onDone={cancelDialog.close}
          onClose={cancelDialog.close}
        />
      ) : null}
      {isMoving ? <MoveVisitModal appointment={appointment} onClose={moveDialog.close} /> : null}
    </>
  );
}
