import type { AppointmentStatus } from './appointment-status.ts';

/**
 * How close to a visit's start a patient may still cancel or move it themselves: whole hours,
 * 0 meaning until the start itself. At most 30 days: a longer cut-off would in practice take
 * the choice away from patients, which the clinic can say more honestly by phone.
 */
export const PATIENT_CHANGE_CUTOFF_HOURS = { min: 0, max: 720, default: 24 } as const;

/** What a clinic decides about patients changing their own visits. */
export interface PatientChangeRules {
  /** A patient's change is refused (`too_late`) once the start is closer than this. */
  cutoffHours: number;
  /** Whether a patient's move of a confirmed visit keeps it confirmed, or asks again. */
  moveConfirmedDirectly: boolean;
}

export const DEFAULT_PATIENT_CHANGE_RULES: PatientChangeRules = {
  cutoffHours: PATIENT_CHANGE_CUTOFF_HOURS.default,
  moveConfirmedDirectly: false,
};

export function isValidPatientChangeCutoff(hours: number): boolean {
  return (
    Number.isInteger(hours) &&
    hours >= PATIENT_CHANGE_CUTOFF_HOURS.min &&
    hours <= PATIENT_CHANGE_CUTOFF_HOURS.max
  );
}

export type PatientChangeKind = 'cancel' | 'move';

/** The statuses a patient may still change: a request, or a visit the clinic confirmed. */
const CHANGEABLE: readonly AppointmentStatus[] = ['pending', 'confirmed'];

export type PatientChangeCheck =
  | { allowed: true }
  | { allowed: false; code: 'invalid_transition' | 'too_late'; reason: string };

const HOUR_MS = 3_600_000;

/** The last instant at which a patient may still change a visit starting at `startsAt`. */
export function patientChangeDeadline(startsAt: number, cutoffHours: number): number {
  return startsAt - cutoffHours * HOUR_MS;
}

/**
 * Whether a patient may cancel or move a visit now. Only a pending or confirmed visit can be
 * changed, and only up to the cut-off: at exactly `startsAt - cutoffHours` still, one
 * millisecond later no more (`too_late`: the patient phones the clinic instead).
 */
export function checkPatientChange(change: {
  status: AppointmentStatus;
  startsAt: number;
  now: number;
  cutoffHours: number;
  change: PatientChangeKind;
}): PatientChangeCheck {
  if (!CHANGEABLE.includes(change.status)) {
    const what = change.change === 'cancel' ? 'cancelled' : 'moved';
    return {
      allowed: false,
      code: 'invalid_transition',
      reason: `Only a pending or confirmed visit can be ${what} online; this one is ${change.status.replace('_', ' ')}.`,
    };
  }
  if (change.now > patientChangeDeadline(change.startsAt, change.cutoffHours)) {
    const notice =
      change.cutoffHours === 0
        ? 'This visit has started'
        : `This visit starts in less than ${change.cutoffHours} ${change.cutoffHours === 1 ? 'hour' : 'hours'}`;
    return {
      allowed: false,
      code: 'too_late',
      reason: `${notice}: it is too late to change it online. Please phone the clinic.`,
    };
  }
  return { allowed: true };
}

/**
 * The status a visit has after its patient moves it: a request stays a request; a confirmed
 * visit asks the clinic again, unless the clinic lets patients move confirmed visits directly
 * (and a dentist holds the new time, which a confirmed visit needs).
 */
export function statusAfterPatientMove(
  status: AppointmentStatus,
  rules: Pick<PatientChangeRules, 'moveConfirmedDirectly'>,
  dentistId: number | null,
): AppointmentStatus {
  if (status === 'confirmed' && rules.moveConfirmedDirectly && dentistId !== null) {
    return 'confirmed';
  }
  return 'pending';
}

/** The fields of a change a patient sends, as the API names them. */
export interface PatientChangeRequest {
  status?: AppointmentStatus | undefined;
  date?: string | undefined;
  time?: string | undefined;
  /** Only in a move: the visit's own dentist (stays), or null for any dentist free then. */
  dentist?: number | null | undefined;
  reason?: string | undefined;
  [field: string]: unknown;
}

export type PatientChangeClassification =
  | { ok: true; change: 'cancel' }
  | { ok: true; change: 'move'; dentist: 'keep' | 'any' }
  | { ok: false; refusal: 'forbidden' | 'invalid'; field: string; message: string };

const CANCEL_FIELDS = new Set(['status', 'reason']);
const MOVE_FIELDS = new Set(['date', 'time', 'dentist', 'reason']);

/**
 * What a patient's change asks for: a cancellation (`status: "cancelled"`, an optional
 * reason) or a move (`date` and `time`, optionally `dentist`, an optional reason). Anything
 * else a patient may not do (`forbidden`); a move missing its date or time is `invalid`.
 */
export function classifyPatientChange(
  request: PatientChangeRequest,
  currentDentistId: number | null,
): PatientChangeClassification {
  const sent = Object.keys(request).filter((field) => request[field] !== undefined);
  if (request.status !== undefined) {
    if (request.status !== 'cancelled') {
      return refuse('status', 'A patient may cancel a visit, but not set any other status.');
    }
    const other = sent.find((field) => !CANCEL_FIELDS.has(field));
    if (other !== undefined) {
      return refuse(other, 'Cancel a visit on its own, without changing anything else.');
    }
    return { ok: true, change: 'cancel' };
  }
  const other = sent.find((field) => !MOVE_FIELDS.has(field));
  if (other !== undefined) {
    return refuse(
      other,
      'A patient may cancel a visit or move it to another free time; anything else, the clinic changes.',
    );
  }
  if (request.date === undefined || request.time === undefined) {
    const field = request.date === undefined ? 'date' : 'time';
    return { ok: false, refusal: 'invalid', field, message: 'Choose the new date and time.' };
  }
  if (request.dentist === null) return { ok: true, change: 'move', dentist: 'any' };
  if (request.dentist !== undefined && request.dentist !== currentDentistId) {
    return refuse('dentist', 'Keep the visit’s dentist, or choose any dentist free then.');
  }
  return { ok: true, change: 'move', dentist: 'keep' };
}

function refuse(field: string, message: string): PatientChangeClassification {
  return { ok: false, refusal: 'forbidden', field, message };
}
