import { actsFor, type FamilyLink } from './families.ts';
import { FRONT_DESK_KINDS, type NotificationAudience, notificationsFor } from './notifications.ts';
import type { Role } from './roles.ts';

/**
 * What the bell in the app tells (decision 043). The first six are the changes the emails tell
 * of, planned by the same rule; `patient_message` is a patient's text message that needs a
 * person (a reply to an SMS that is neither a confirmation, a cancellation nor an opt-out).
 */
export const INBOX_KINDS = [
  'request_received',
  'patient_cancelled',
  'patient_moved',
  'appointment_confirmed',
  'appointment_moved',
  'appointment_cancelled',
  'patient_message',
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** What the team hears of: what patients did, and what they wrote. */
export const TEAM_INBOX_KINDS = [...FRONT_DESK_KINDS, 'patient_message'] as const;
/** What patients hear of: what the clinic did to their visits. */
export const PATIENT_INBOX_KINDS = [
  'appointment_confirmed',
  'appointment_moved',
  'appointment_cancelled',
] as const;

export function isTeamInboxKind(kind: InboxKind): boolean {
  return (TEAM_INBOX_KINDS as readonly InboxKind[]).includes(kind);
}

export interface PlannedInboxItem {
  kind: InboxKind;
  to: NotificationAudience;
}

/**
 * The bell's items one change to an appointment makes: the emails' plan (notificationsFor), so
 * both say the same things to the same people. A reminder is not one: it tells of a moment
 * ahead rather than of a change, and the visit is already on the patient's page.
 */
export function inboxItemsFor(change: Parameters<typeof notificationsFor>[0]): PlannedInboxItem[] {
  const items: PlannedInboxItem[] = [];
  for (const planned of notificationsFor(change)) {
    // Reminders, and the patient's calendar copy of their own change, are messages only.
    if (planned.kind === 'reminder' || planned.emailOnly) continue;
    items.push({ kind: planned.kind, to: planned.to });
  }
  return items;
}

export interface InboxTeamMember {
  id: number;
  role: Role;
  isDentist: boolean;
  isActive: boolean;
}

/**
 * Who on the team hears of what a patient did: the front desk, as for emails (the owner and
 * active staff who are not dentists), and the dentists whose day it changes (the visit's
 * dentist before and after a move), who would otherwise learn of it only from their calendar.
 * Other dentists do not: another dentist's patients are not their business.
 */
export function teamInboxRecipients(
  team: readonly InboxTeamMember[],
  visitDentistIds: readonly (number | null)[],
): number[] {
  const recipients: number[] = [];
  for (const member of team) {
    if (!member.isActive || member.role === 'patient') continue;
    const isFrontDesk = member.role === 'owner' || !member.isDentist;
    const isTheirVisit = member.isDentist && visitDentistIds.includes(member.id);
    if ((isFrontDesk || isTheirVisit) && !recipients.includes(member.id)) {
      recipients.push(member.id);
    }
  }
  return recipients;
}

export interface InboxPatient {
  id: number;
  guardianId: number | null;
  /** Whether the patient has an address to sign in with, now or once they set a password. */
  hasEmail: boolean;
  isActive: boolean;
}

/**
 * Who hears of the clinic's change to a patient's visit: the patient, unless they are a
 * dependant with no sign-in of their own; and a dependant's guardian, who booked it and sees it
 * among their family's visits. A teenager with their own account hears, and so does the
 * parent. Each gets their own item, read on their own.
 */
export function patientInboxRecipients(
  patient: InboxPatient,
  guardian: { id: number; isActive: boolean } | undefined,
): number[] {
  const recipients: number[] = [];
  const isDependant = patient.guardianId !== null;
  if (patient.isActive && (patient.hasEmail || !isDependant)) recipients.push(patient.id);
  if (isDependant && guardian?.isActive && guardian.id === patient.guardianId) {
    recipients.push(guardian.id);
  }
  return recipients;
}

/**
 * The kinds a person reads, by their role now: the team what patients did and wrote, a patient
 * what the clinic did. Someone whose role changed since keeps their items but reads only those
 * their role reads now, so a staff member made a patient no longer reads about other patients.
 */
export function inboxKindsReadBy(role: Role): readonly InboxKind[] {
  return role === 'patient' ? PATIENT_INBOX_KINDS : TEAM_INBOX_KINDS;
}

/**
 * Whether `reader` may read an item of `kind` about `patient` addressed to them. A patient reads
 * only items about themselves or a dependant they still act for (a guardian unlinked from a
 * child no longer reads about the child's visits); the team reads every item addressed to them.
 * The inbox's queries express the same rule.
 */
export function mayReadInboxItem(
  reader: { id: number; role: Role },
  kind: InboxKind,
  patient: FamilyLink | null,
): boolean {
  if (!inboxKindsReadBy(reader.role).includes(kind)) return false;
  if (reader.role !== 'patient') return true;
  return patient !== null && actsFor(reader, patient);
}

/** The longest patient's message an item keeps; the rest is cut with an ellipsis. */
export const MAX_INBOX_MESSAGE_LENGTH = 1000;

/** A message as an item keeps it: trimmed, and cut to MAX_INBOX_MESSAGE_LENGTH characters. */
export function inboxMessageText(text: string): string {
  const trimmed = text.trim();
  const characters = [...trimmed];
  if (characters.length <= MAX_INBOX_MESSAGE_LENGTH) return trimmed;
  return `${characters.slice(0, MAX_INBOX_MESSAGE_LENGTH - 1).join('')}…`;
}
