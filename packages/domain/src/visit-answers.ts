import type { AppointmentStatus } from './appointment-status.ts';
import { addDays, clinicDate } from './clinic-time.ts';
import { checkPatientChange } from './patient-changes.ts';

/**
 * Answers a patient gives to a message about their visit (decision 040): "I'll be there"
 * (`attend`) and "I can't come" (`cancel`). "Choose another time" is not an answer: it opens
 * the patient's own appointments page, where moving a visit needs a sign-in.
 */
export const VISIT_ANSWERS = ['attend', 'cancel'] as const;
export type VisitAnswer = (typeof VISIT_ANSWERS)[number];

/** How a patient's answer reached the clinic: a link in a message, a text reply, or a call. */
export const ANSWER_CHANNELS = ['link', 'sms', 'staff'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/** The reason the history gives a visit cancelled through a patient's answer. */
export const CANCELLED_BY_PATIENT_REASON = 'cancelled by patient';

/** The statuses a patient's answer can still apply to: a request, or a confirmed visit. */
const ANSWERABLE: readonly AppointmentStatus[] = ['pending', 'confirmed'];

/**
 * Whether the patient's confirmation survives a change of the visit. A confirmation is for a
 * time: moving the visit (a new start) clears it, and so does cancelling it, so that a visit
 * reinstated later does not claim an answer the patient gave before it was called off. Any
 * other change (notes, dentist, service, the visit-day steps) keeps it.
 */
export function patientConfirmationAfter(
  before: { startsAt: number; patientConfirmedAt: number | null },
  after: { startsAt: number; status: AppointmentStatus },
): number | null {
  if (before.patientConfirmedAt === null) return null;
  if (after.startsAt !== before.startsAt || after.status === 'cancelled') return null;
  return before.patientConfirmedAt;
}

export type AttendanceCheck =
  | { allowed: true }
  | { allowed: false; code: 'invalid_transition' | 'too_late'; reason: string };

/**
 * Whether a patient may say they will come: to a pending or confirmed visit that has not
 * started. Saying it twice is allowed (and changes nothing the second time).
 */
export function checkAttendance(visit: {
  status: AppointmentStatus;
  startsAt: number;
  now: number;
}): AttendanceCheck {
  if (!ANSWERABLE.includes(visit.status)) {
    return {
      allowed: false,
      code: 'invalid_transition',
      reason: `Only a pending or confirmed visit can be confirmed; this one is ${visit.status.replace('_', ' ')}.`,
    };
  }
  if (visit.now >= visit.startsAt) {
    return { allowed: false, code: 'too_late', reason: 'This visit has started already.' };
  }
  return { allowed: true };
}

/** Whether the team may note, after a phone call, that the patient will come. */
export function mayRecordAttendance(status: AppointmentStatus): boolean {
  return ANSWERABLE.includes(status);
}

export type AnswerOption = 'open' | 'too_late' | 'closed';

/**
 * Which answers a patient can still give about a visit now: `attend` until its start, `cancel`
 * until the clinic's cut-off (`too_late` after it: the patient phones), both `closed` once the
 * visit is no longer pending or confirmed.
 */
export function visitAnswerOptions(
  visit: { status: AppointmentStatus; startsAt: number },
  now: number,
  cutoffHours: number,
): Record<VisitAnswer, AnswerOption> {
  const attend = checkAttendance({ ...visit, now });
  const cancel = checkPatientChange({ ...visit, now, cutoffHours, change: 'cancel' });
  return {
    attend: attend.allowed ? 'open' : attend.code === 'too_late' ? 'too_late' : 'closed',
    cancel: cancel.allowed ? 'open' : cancel.code === 'too_late' ? 'too_late' : 'closed',
  };
}

export type VisitLinkState = 'valid' | 'unknown' | 'used' | 'expired' | 'moved';

/**
 * What an answer link is worth at `now`. A link names one visit of one patient at the start
 * it was sent for, which is also when it expires: it is `unknown` without its visit (or for
 * another patient's), `used` once answered, `expired` from that start on, and `moved` when the
 * visit has another start now (the message about the new time carries new links). Used wins,
 * so someone who answered is told so rather than that the link ran out.
 */
export function visitLinkState(
  link: { patientId: number; expiresAt: number; usedAt: number | null } | undefined,
  visit: { patientId: number; startsAt: number } | undefined,
  now: number,
): VisitLinkState {
  if (!link || !visit || visit.patientId !== link.patientId) return 'unknown';
  if (link.usedAt !== null) return 'used';
  if (now >= link.expiresAt) return 'expired';
  if (visit.startsAt !== link.expiresAt) return 'moved';
  return 'valid';
}

/**
 * The clinic day after today, in the clinic's time zone: the front desk phones the patients of
 * tomorrow's visits who have not confirmed yet.
 */
export function clinicTomorrow(now: number, zone: string): string {
  return addDays(clinicDate(new Date(now), zone), 1);
}

/** The first name of a person, to greet them on the answer page without their full name. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
