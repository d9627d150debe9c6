import { useTranslation } from 'react-i18next';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { CancelAppointmentModal, type CancelWording } from '../../appointments';

/** Declining a request cancels it; the reason, if given, is kept in its history. */
export function DeclineRequestModal({
  appointment,
  onClose,
}: {
  appointment: Appointment;
  onClose: () => void;
}) {
  const { t } = useTranslation('dashboard');
  const wording: CancelWording = {
    title: t('decline.title'),
    summary: (a) =>
      t('decline.summary', {
        patient: a.patientName,
        date: formatLongDate(a.date),
        time: formatTime(a.time),
      }),
    confirmLabel: t('decline.confirm'),
    keepLabel: t('decline.keep'),
    errorTitle: t('decline.error'),
  };
  return (
    <CancelAppointmentModal
      appointment={appointment}
      onDone={onClose}
      onClose={onClose}
      wording={wording}
    />
  );
}
