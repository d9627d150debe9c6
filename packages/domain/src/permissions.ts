import { actsFor } from './families.ts';
import type { PatientField } from './patient-record.ts';
import type { Role } from './roles.ts';
import type { ScheduleExceptionKind } from './schedule.ts';

export interface Actor {
  id: number;
  role: Role;
}

export interface UserSubject {
  id: number;
  role: Role;
  /** A dependant's guardian (decision 039); null or absent for everyone else. */
  guardianId?: number | null;
}

function familyLinkOf(subject: UserSubject) {
  return { id: subject.id, guardianId: subject.guardianId ?? null };
}

/** Fields of a user account, grouped by who may change them. */
export type UserField =
  | 'name'
  | 'phone'
  | 'password'
  | 'email'
  | 'role'
  | 'isDentist'
  | 'isActive'
  | 'language'
  | 'colour'
  | 'guardian'
  | PatientField;

const SELF_SERVICE_FIELDS: readonly UserField[] = ['name', 'phone', 'password', 'language'];
/** What a guardian keeps up to date for a dependant: who they are and how to reach them. */
const GUARDIAN_FIELDS: readonly UserField[] = ['name', 'phone', 'dateOfBirth'];
/**
 * A patient also keeps their own address up to date; with a mail server the new one waits
 * for confirmation (see emailChangeNeedsConfirmation). Staff addresses are the owner's to set.
 */
const PATIENT_SELF_SERVICE_FIELDS: readonly UserField[] = [...SELF_SERVICE_FIELDS, 'email'];
const ALL_FIELDS: readonly UserField[] = [
  'name',
  'phone',
  'password',
  'email',
  'role',
  'isDentist',
  'isActive',
];
/** A patient's record: only the clinic team keeps it, and only patients have one. */
const PATIENT_RECORD_FIELDS: readonly PatientField[] = [
  'dateOfBirth',
  'contactChannel',
  'medicalAlerts',
  'notes',
];

/** Which roles an actor may give to a new account. Nobody creates a second owner. */
export function creatableRoles(actor: Actor): readonly Role[] {
  if (actor.role === 'owner') return ['staff', 'patient'];
  if (actor.role === 'staff') return ['patient'];
  return [];
}

/** Whether `actor` may create accounts at all; which roles, `creatableRoles` says. */
export function canCreateUsers(actor: Actor): boolean {
  return creatableRoles(actor).length > 0;
}

export function canListUsers(actor: Actor): boolean {
  return actor.role === 'owner' || actor.role === 'staff';
}

/**
 * A patient may only see themselves and their own dependants; the clinic team sees everyone.
 * Callers answer 404 (not 403) when this is false so that patients cannot probe for accounts.
 */
export function canViewUser(actor: Actor, subject: UserSubject): boolean {
  return actor.role !== 'patient' || actsFor(actor, familyLinkOf(subject));
}

/**
 * The fields `actor` may change on `subject`; empty when they may change nothing. A language is
 * a personal preference: only its holder chooses it, whoever else may edit the account.
 */
export function editableUserFields(actor: Actor, subject: UserSubject): readonly UserField[] {
  const isSelf = actor.id === subject.id;
  if (actor.role === 'owner') {
    // The owner's own role and active flag are fixed: the clinic must never lose its owner.
    if (isSelf) {
      return [...ALL_FIELDS.filter((f) => f !== 'role' && f !== 'isActive'), 'language', 'colour'];
    }
    return subject.role === 'patient'
      ? [...ALL_FIELDS, ...PATIENT_RECORD_FIELDS, 'guardian']
      : [...ALL_FIELDS, 'colour'];
  }
  if (actor.role === 'staff') {
    if (subject.role === 'patient') {
      return [
        ...ALL_FIELDS.filter((f) => f !== 'role' && f !== 'isDentist'),
        ...PATIENT_RECORD_FIELDS,
        'guardian',
      ];
    }
    if (isSelf) return SELF_SERVICE_FIELDS;
    return [];
  }
  if (isSelf) return PATIENT_SELF_SERVICE_FIELDS;
  return actsFor(actor, familyLinkOf(subject)) ? GUARDIAN_FIELDS : [];
}

/** A role change is allowed only between staff and patient, and only by the owner. */
export function canAssignRole(actor: Actor, role: Role): boolean {
  return creatableRoles(actor).includes(role);
}

export function canManageServices(actor: Actor): boolean {
  return actor.role === 'owner';
}

/** Patients book from the active services only; the team also sees those it retired. */
export function canSeeInactiveServices(actor: Actor): boolean {
  return actor.role === 'owner' || actor.role === 'staff';
}

export function canManageClinic(actor: Actor): boolean {
  return actor.role === 'owner';
}

/** Only clinic team members can be dentists; patients never carry the flag. */
export function canBeDentist(role: Role): boolean {
  return role === 'owner' || role === 'staff';
}

/** Owner and staff run the book: they create, change and delete any appointment. */
export function canManageAppointments(actor: Actor): boolean {
  return actor.role === 'owner' || actor.role === 'staff';
}

/**
 * Patients see their own appointments and their dependants' only; callers answer 404 for the
 * rest.
 */
export function canViewAppointment(
  actor: Actor,
  appointment: { patientId: number; patientGuardianId?: number | null },
): boolean {
  return (
    canManageAppointments(actor) ||
    actsFor(actor, { id: appointment.patientId, guardianId: appointment.patientGuardianId ?? null })
  );
}

/**
 * The clinic-wide audit log is the owner's: it shows every patient's appointments and who on
 * the team changed them. Staff read an appointment's own history where they work on it.
 */
export function canReadAuditLog(actor: Actor): boolean {
  return actor.role === 'owner';
}

/** Reports compare dentists' workloads and outcomes: the owner's view of the practice. */
export function canReadReports(actor: Actor): boolean {
  return actor.role === 'owner';
}

/** Working hours, closures and extra hours shape everyone's book: the owner sets them. */
export function canManageSchedule(actor: Actor): boolean {
  return actor.role === 'owner';
}

/** The team reads the schedule it works to: working hours, exceptions, working days. */
export function canViewSchedule(actor: Actor): boolean {
  return actor.role === 'owner' || actor.role === 'staff';
}

/** Staff record a dentist's time off themselves; every other exception is the owner's. */
export function canRecordScheduleException(actor: Actor, kind: ScheduleExceptionKind): boolean {
  if (actor.role === 'owner') return true;
  return actor.role === 'staff' && kind === 'time_off';
}

/**
 * Moving or cancelling all of a dentist's coming visits at once goes with deactivating them,
 * which is the owner's to do.
 */
export function canHandOverDentistVisits(actor: Actor): boolean {
  return actor.role === 'owner';
}

/** Owner and staff may book outside the free times on purpose; a patient never. */
export function canOverrideAvailability(actor: Actor): boolean {
  return actor.role === 'owner' || actor.role === 'staff';
}

/**
 * Which fields of a patient's record `actor` may read. The team reads all of them, and so does
 * the patient: a data subject is owed a copy of the personal data held on them, the team's
 * notes included (GDPR art. 15; see decision 038), so the API does not hide from them what
 * their export hands over. A guardian reads their dependants' date of birth, contact channel
 * and medical alerts, to keep them right, but not the team's notes. Nobody else reads any.
 */
export function readablePatientFields(actor: Actor, subject: UserSubject): readonly PatientField[] {
  if (subject.role !== 'patient') return [];
  if (actor.role === 'owner' || actor.role === 'staff') return PATIENT_RECORD_FIELDS;
  if (actor.id === subject.id) return PATIENT_RECORD_FIELDS;
  return actsFor(actor, familyLinkOf(subject))
    ? ['dateOfBirth', 'contactChannel', 'medicalAlerts']
    : [];
}

/** The record page (details, alerts, notes, every visit) is the team's; opening it is audited. */
export function canOpenPatientRecord(actor: Actor, subject: UserSubject): boolean {
  return (actor.role === 'owner' || actor.role === 'staff') && subject.role === 'patient';
}

/**
 * Whether a patient's medical alerts travel with their appointments, as a badge on the book,
 * the calendar and the day board: for the team only, never in a patient's answers.
 */
export function canSeeAlertsOnAppointments(actor: Actor): boolean {
  return actor.role === 'owner' || actor.role === 'staff';
}
