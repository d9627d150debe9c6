import { formatShortDate, formatTime } from '../../../lib/dates';
import { i18n } from '../../../lib/i18n';
import type { InboxItem } from '../../../types/api';

export interface ItemText {
  /** What happened, in one sentence. */
  text: string;
  /** A second line: who acted for the patient, or what they wrote. */
  detail: string | null;
}

function when(date: string | null, time: string | null) {
  return {
    date: date ? formatShortDate(date) : '',
    time: time ? formatTime(time) : '',
  };
}

/**
 * An item in the reader's language, from its kind and fields: visit dates and times on the
 * clinic's calendar and clock, as they were when it was made; people's names as they are now.
 * A patient reads "your visit" of their own and the person's name of a dependant's.
 */
export function describeInboxItem(item: InboxItem, readerId: number): ItemText {
  const t = i18n.getFixedT(null, 'inbox');
  const patient = item.patientName ?? t('text.someone');
  const at = when(item.date, item.time);
  const before = when(item.previousDate, item.previousTime);
  const moved = { ...at, previousDate: before.date, previousTime: before.time };
  // A guardian acting for a dependant is named under the dependant's request, move or cancel.
  const actedFor =
    item.actor !== null && item.actor !== item.patient && item.actorName
      ? t('text.byGuardian', { actor: item.actorName })
      : null;
  const own = item.patient === readerId;
  switch (item.kind) {
    case 'request_received':
      return { text: t('text.requestReceived', { patient, ...at }), detail: actedFor };
    case 'patient_cancelled':
      return { text: t('text.patientCancelled', { patient, ...at }), detail: actedFor };
    case 'patient_moved':
      return { text: t('text.patientMoved', { patient, ...moved }), detail: actedFor };
    case 'patient_message':
      return {
        text: item.patientName
          ? t('text.patientMessageFrom', { patient: item.patientName, sender: item.sender ?? '' })
          : t('text.patientMessage', { sender: item.sender ?? '' }),
        detail: item.message,
      };
    case 'appointment_confirmed':
      return {
        text: own
          ? t('text.appointmentConfirmed', at)
          : t('text.appointmentConfirmedFor', { patient, ...at }),
        detail: null,
      };
    case 'appointment_moved':
      return {
        text: own
          ? t('text.appointmentMoved', moved)
          : t('text.appointmentMovedFor', { patient, ...moved }),
        detail: null,
      };
    case 'appointment_cancelled':
      return {
        text: own
          ? t('text.appointmentCancelled', at)
          : t('text.appointmentCancelledFor', { patient, ...at }),
        detail: null,
      };
  }
}
