import { actsFor } from './families.ts';
import type { Actor, UserSubject } from './permissions.ts';

/** Where a patient's request to close their account stands. */
export const CLOSURE_REQUEST_STATUSES = ['open', 'withdrawn', 'closed'] as const;
export type ClosureRequestStatus = (typeof CLOSURE_REQUEST_STATUSES)[number];

/** The export's own version: a reader of an older copy knows what to expect in it. */
export const PATIENT_EXPORT_FORMAT_VERSION = 1;

/** Longest reason a patient may give for closing their account. */
export const MAX_CLOSURE_REASON_LENGTH = 1000;

/** The account as the closing rules see it: its role, and whether it was closed already. */
export interface ClosableSubject extends UserSubject {
  closed: boolean;
  /** How many dependants the person books for (decision 039). */
  dependantCount: number;
}

/**
 * Who may download everything the clinic holds on a patient: the patient, for themselves, a
 * guardian for the dependant they book for (who has no sign-in to ask with), and the owner,
 * who answers for the clinic as data controller and so also answers a request made on paper or
 * by phone. Staff read records for care, not copies for handing out.
 */
export function canExportPatientData(actor: Actor, subject: UserSubject): boolean {
  if (subject.role !== 'patient') return false;
  return (
    actor.role === 'owner' ||
    actsFor(actor, { id: subject.id, guardianId: subject.guardianId ?? null })
  );
}

/** Only a patient asks to close their own account; the team's accounts end by deactivation. */
export function canRequestClosure(actor: Actor): boolean {
  return actor.role === 'patient';
}

/** Owner and staff see the open requests; only the owner acts on them. */
export function canListClosureRequests(actor: Actor): boolean {
  return actor.role === 'owner' || actor.role === 'staff';
}

export type ClosureRefusal = 'forbidden' | 'not_a_patient' | 'already_closed' | 'has_dependants';

/**
 * Why `actor` may not close `subject`'s account, or null when they may. Closing anonymises the
 * person for good, so it is the owner's alone; the owner's and the staff's accounts are never
 * closed this way (they are deactivated), and a closed account cannot be closed again. A
 * guardian's account waits until their dependants are unlinked or closed: with no guardian and
 * no sign-in of their own, nobody could book for them any more.
 */
export function closeAccountRefusal(actor: Actor, subject: ClosableSubject): ClosureRefusal | null {
  if (actor.role !== 'owner') return 'forbidden';
  if (subject.role !== 'patient') return 'not_a_patient';
  if (subject.closed) return 'already_closed';
  if (subject.dependantCount > 0) return 'has_dependants';
  return null;
}

/**
 * A closed account is no one any more: nobody edits it, so no name, email or activation can be
 * typed back into it. Its visits stay in the book as they are.
 */
export function canChangeAccount(subject: { closed: boolean }): boolean {
  return !subject.closed;
}

/**
 * The name a closed account keeps, so that the book, the history and the audit log still read
 * as one person's visits without saying who. Stored as is, in no language: it is a label, like
 * the number it carries, and every screen shows it the same way.
 */
export function anonymisedPatientName(id: number): string {
  return `Former patient #${id}`;
}

/**
 * What closing writes over the person's account: everything that identifies or describes them
 * goes, the role and the id stay so their visits remain theirs in the book.
 */
export function anonymisedAccount(id: number) {
  return {
    name: anonymisedPatientName(id),
    email: null,
    // An address waiting for confirmation is the person's too.
    pendingEmail: null,
    phone: '',
    phoneDigits: '',
    phoneE164: null,
    dateOfBirth: null,
    contactChannel: null,
    medicalAlerts: [] as string[],
    notes: '',
    language: null,
    passwordHash: null,
    isActive: false,
    // A closed dependant leaves their family: the guardian's list no longer holds them.
    guardianId: null,
  } as const;
}

/**
 * The account fields of an audit entry that say nothing about who the person is: they keep
 * their values after closing, so the log still shows what was changed on the account and how.
 */
const NEUTRAL_AUDITED_FIELDS: ReadonlySet<string> = new Set([
  'role',
  'is_active',
  'is_dentist',
  'closure_request',
  'cancelled_visits',
]);

/** The value left in place of a personal one in an anonymised audit entry. */
export const ERASED = 'erased';

/**
 * An audit entry's `{field: [before, after]}` about an account once the person is anonymised:
 * which fields changed, and when, stay visible; the values that described the person become
 * `[null, "erased"]`. The notes and the password were never recorded with their values, and
 * read the same way after.
 */
export function erasedAuditChanges(
  changes: Readonly<Record<string, readonly [unknown, unknown]>>,
): Record<string, [unknown, unknown]> {
  const erased: Record<string, [unknown, unknown]> = {};
  for (const [field, [before, after]] of Object.entries(changes)) {
    erased[field] = NEUTRAL_AUDITED_FIELDS.has(field) ? [before, after] : [null, ERASED];
  }
  return erased;
}
