import { isRealDate } from './clinic-time.ts';

/** How a patient prefers the clinic to reach them. */
export const CONTACT_CHANNELS = ['email', 'phone', 'sms'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** A badge shows every alert: a handful of short ones, never a paragraph. */
export const MAX_MEDICAL_ALERTS = 10;
export const MAX_MEDICAL_ALERT_LENGTH = 80;
export const MAX_PATIENT_NOTES_LENGTH = 4000;
/** Nobody the clinic treats was born longer ago than this. */
const OLDEST_AGE_YEARS = 130;

/** The fields of a patient's record that are health data or about reaching them. */
export type PatientField = 'dateOfBirth' | 'contactChannel' | 'medicalAlerts' | 'notes';

/**
 * The alerts as the record keeps them: trimmed, empty ones and repeats (any case) dropped, in
 * the order given. Limits are checked on what remains (see `medicalAlertsProblem`).
 */
export function normalizeMedicalAlerts(alerts: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const alert of alerts) {
    const text = alert.trim().replace(/\s+/g, ' ');
    const key = text.toLowerCase();
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept;
}

export function medicalAlertsProblem(alerts: readonly string[]): string | null {
  if (alerts.length > MAX_MEDICAL_ALERTS) {
    return `At most ${MAX_MEDICAL_ALERTS} alerts; put details in the notes.`;
  }
  if (alerts.some((a) => a.length > MAX_MEDICAL_ALERT_LENGTH)) {
    return `Keep each alert within ${MAX_MEDICAL_ALERT_LENGTH} characters; put details in the notes.`;
  }
  return null;
}

/** Why `dateOfBirth` (`YYYY-MM-DD`) cannot be a patient's, or null; `today` is the clinic's. */
export function dateOfBirthProblem(dateOfBirth: string, today: string): string | null {
  if (!isRealDate(dateOfBirth)) return 'Enter a real date as YYYY-MM-DD.';
  if (dateOfBirth > today) return 'A date of birth cannot be in the future.';
  const oldest = `${Number(today.slice(0, 4)) - OLDEST_AGE_YEARS}${today.slice(4)}`;
  if (dateOfBirth < oldest)
    return `A date of birth more than ${OLDEST_AGE_YEARS} years ago is not plausible.`;
  return null;
}

/** Whole years of age on `today`; a birthday on 29 February counts from 1 March in other years. */
export function ageOn(dateOfBirth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** The channel must be one the patient can be reached on: an email, or a phone for the rest. */
export function contactChannelProblem(
  channel: ContactChannel | null,
  reachable: { email: string; phone: string },
): string | null {
  if (channel === 'email' && reachable.email === '')
    return 'Add an email address to be reached by email.';
  if ((channel === 'phone' || channel === 'sms') && reachable.phone === '') {
    return 'Add a phone number to be reached by phone or text message.';
  }
  return null;
}

/** Only a patient may be registered without an email, and then a phone number is needed. */
export function contactProblem(account: {
  role: string;
  email: string;
  phone: string;
  /** A dependant is reached through their guardian (decision 039). */
  guardianId?: number | null;
}): { field: 'email' | 'phone'; message: string } | null {
  if (account.email !== '') return null;
  if (account.role === 'patient' && (account.guardianId ?? null) !== null) return null;
  if (account.role !== 'patient') {
    return { field: 'email', message: 'Clinic staff sign in with their email address: enter one.' };
  }
  if (account.phone === '') {
    return { field: 'phone', message: 'Enter an email address or a phone number.' };
  }
  return null;
}
