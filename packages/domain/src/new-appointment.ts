import { type AppointmentStatus, checkDentistForStatus } from './appointment-status.ts';

/** What the clinic may record as having already happened: a visit seen, or missed. */
export const RECORDABLE_STATUSES = ['arrived', 'completed', 'no_show'] as const;
export type RecordableStatus = (typeof RECORDABLE_STATUSES)[number];

export function isRecordableStatus(status: AppointmentStatus): status is RecordableStatus {
  return (RECORDABLE_STATUSES as readonly AppointmentStatus[]).includes(status);
}

export interface NewAppointment {
  status: AppointmentStatus;
  /** The clinic says this visit already happened (or is happening) rather than booking it. */
  recordedAfterTheFact: boolean;
  date: string;
  startsAt: number;
  dentistId: number | null;
}

/** `when`: the date and time together. */
export type NewAppointmentCheck =
  | { allowed: true }
  | { allowed: false; field: 'status' | 'when' | 'dentist'; message: string };

/**
 * Whether the clinic may create `appointment` at `now`, the clinic's calendar saying `today`.
 * A booking (pending or confirmed) starts in the future. A record after the fact starts no
 * later than now and is arrived (today only: an earlier day's visit is over), completed or
 * no-show. Confirming, checking in and completing need a dentist.
 */
export function checkNewAppointment(
  appointment: NewAppointment,
  now: number,
  today: string,
): NewAppointmentCheck {
  const { status } = appointment;
  if (!appointment.recordedAfterTheFact) {
    if (status !== 'pending' && status !== 'confirmed') {
      return refuse(
        'status',
        'A new appointment is pending or confirmed; record a visit that already happened as arrived, completed or no-show.',
      );
    }
    if (appointment.startsAt <= now) return refuse('when', 'Choose a time in the future.');
  } else {
    if (!isRecordableStatus(status)) {
      return refuse('status', 'A visit recorded after the fact is arrived, completed or no-show.');
    }
    if (appointment.startsAt > now) {
      return refuse('when', 'A visit recorded after the fact has already started.');
    }
    if (status === 'arrived' && appointment.date !== today) {
      return refuse('status', 'Only a visit of today can be recorded as arrived.');
    }
  }
  const needsDentist = status === 'completed' || status === 'arrived';
  const dentist = needsDentist
    ? appointment.dentistId === null
      ? { allowed: false as const, reason: 'Choose the dentist who saw the patient.' }
      : { allowed: true as const }
    : checkDentistForStatus({
        from: null,
        to: status,
        dentistBefore: null,
        dentistAfter: appointment.dentistId,
      });
  if (!dentist.allowed) return refuse('dentist', dentist.reason);
  return { allowed: true };
}

function refuse(field: 'status' | 'when' | 'dentist', message: string): NewAppointmentCheck {
  return { allowed: false, field, message };
}
