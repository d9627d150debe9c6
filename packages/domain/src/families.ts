import type { Role } from './roles.ts';

/** Who is asking; the same shape as the permissions' Actor. */
interface Person {
  id: number;
  role: Role;
}

/** A patient as far as families go: who they are, and who books for them (null: nobody). */
export interface FamilyLink {
  id: number;
  guardianId: number | null;
}

/** How many dependants one guardian may hold: a large family, not a register of strangers. */
export const MAX_DEPENDANTS = 12;

/**
 * Whether `actor` acts for `patient` as a patient would: they are that patient, or the
 * patient's guardian. Wherever a patient's identity is compared with an appointment's patient
 * (seeing, listing, booking, live updates), this is the comparison. The clinic team's own,
 * wider rights are separate (canManageAppointments).
 */
export function actsFor(actor: Person, patient: FamilyLink): boolean {
  if (actor.id === patient.id) return true;
  return actor.role === 'patient' && patient.guardianId === actor.id;
}

/**
 * The patients `actor` acts for, given the ids of their dependants: themselves first. A
 * patient's list and live updates cover these people.
 */
export function patientsActedFor(actor: Person, dependantIds: readonly number[]): number[] {
  return actor.role === 'patient' ? [actor.id, ...dependantIds] : [actor.id];
}

/** A patient may add dependants unless they are one themselves, up to MAX_DEPENDANTS. */
export function dependantAdditionProblem(guardian: {
  role: Role;
  isActive: boolean;
  guardianId: number | null;
  dependantCount: number;
}): string | null {
  if (guardian.role !== 'patient' || !guardian.isActive) {
    return 'Only a patient adds the people they book for.';
  }
  if (guardian.guardianId !== null) {
    return 'Someone who is booked for by a guardian cannot add dependants of their own.';
  }
  if (guardian.dependantCount >= MAX_DEPENDANTS) {
    return `One account holds at most ${MAX_DEPENDANTS} dependants. Please contact the clinic.`;
  }
  return null;
}

export interface LinkCandidate {
  id: number;
  name: string;
  role: Role;
  isActive: boolean;
  guardianId: number | null;
}

/**
 * Why `person` cannot become a dependant of `guardian` (owner and staff link them), or null.
 * The guardian is an active patient who is not a dependant, not the person; a person who has
 * dependants of their own cannot become one (families are one level deep).
 */
export function guardianLinkProblem(
  person: LinkCandidate & { dependantCount: number },
  guardian: LinkCandidate | undefined,
): string | null {
  if (person.role !== 'patient') return 'Only patients can be dependants.';
  if (!guardian) return 'Choose a registered patient as the guardian.';
  if (guardian.id === person.id) return 'A person cannot be their own guardian.';
  if (guardian.role !== 'patient' || !guardian.isActive) {
    return 'The guardian must be an active patient.';
  }
  if (guardian.guardianId !== null) {
    return `${guardian.name} is a dependant themselves; choose their guardian instead.`;
  }
  if (person.dependantCount > 0) {
    return `${person.name} books for dependants of their own, so cannot become a dependant.`;
  }
  return null;
}

/**
 * A dependant keeps a sign-in they had before being linked, but nobody gives one to a dependant
 * without: the person's own sign-in comes with their own account, once unlinked (decision 039).
 */
export function dependantLoginProblem(
  after: { guardianId: number | null; hadEmail: boolean },
  change: { email: boolean; password: boolean },
): string | null {
  if (after.guardianId === null || after.hadEmail) return null;
  if (!change.email && !change.password) return null;
  return 'A dependant signs in only once unlinked from their guardian: unlink first, then give them an email.';
}

/** A dependant and a guardian both stay patients: neither joins the team while linked. */
export function familyRoleProblem(
  person: { guardianId: number | null; dependantCount: number },
  role: Role,
): string | null {
  if (role === 'patient') return null;
  if (person.guardianId !== null) return 'Unlink this dependant from their guardian first.';
  if (person.dependantCount > 0) return 'This patient books for dependants: unlink them first.';
  return null;
}

/** Someone an email about a visit might go to. */
export interface PossibleAddressee {
  email: string;
  isActive: boolean;
}

/**
 * Who hears by email about a patient's visit: the patient, if they have an address; else their
 * guardian, who booked it and has one (a child's visits reach the parent). Null: nobody can.
 */
export function visitEmailAddressee<T extends PossibleAddressee>(
  patient: T,
  guardian: T | undefined,
): { to: T; onBehalf: boolean } | null {
  if (patient.email !== '') return { to: patient, onBehalf: false };
  if (guardian?.isActive && guardian.email !== '') return { to: guardian, onBehalf: true };
  return null;
}
