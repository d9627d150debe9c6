import { formatLongDate } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { CancelAppointmentModal, type CancelWording } from '../../appointments';

const DECLINE_WORDING: CancelWording = {
  title: 'Decline this request?',
  summary: (a) =>
    `${a.patientName} asked for ${formatLongDate(a.date)} at ${a.time}. The request is cancelled and the patient sees it at once.`,
  confirmLabel: 'Decline request',
  keepLabel: 'Keep request',
  errorTitle: 'Could not decline the request',
};

/** Declining a request cancels it; the reason, if given, is kept in its history. */
export function DeclineRequestModal({
  appointment,
  onClose,
}: {
  appointment: Appointment;
  onClose: () => void;
}) {
  return (
    <CancelAppointmentModal
      appointment={appointment}
      onDone={onClose}
      onClose={onClose}
      wording={DECLINE_WORDING}
    />
  );
}
