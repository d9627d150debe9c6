import { type Actor, actsFor, patientsActedFor } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { forbidden } from '../../lib/errors.ts';
import { dependantIdsOf, findUserById } from '../users/index.ts';
import type { AppointmentFilters } from './appointments.repository.ts';

/*
 * Where a patient's identity meets an appointment's patient, beyond what the appointment row
 * itself tells (its patient's guardian travels with it): whom a patient books for, which
 * visits their list covers, whose history they read. The rule itself is the domain's actsFor.
 */

/**
 * The patient a patient's booking is for: themselves unless they name one of their
 * dependants. Any other id is refused alike, whether or not it exists.
 */
export async function patientBookedBy(
  ctx: AppContext,
  actor: Actor,
  requested: number | undefined,
): Promise<number> {
  if (requested === undefined || requested === actor.id) return actor.id;
  const patient = await findUserById(ctx.db.kysely, requested);
  if (!patient || !actsFor(actor, patient)) {
    throw forbidden('You can book for yourself and for the people in your family only.');
  }
  return patient.id;
}

/**
 * A patient's list covers themselves and their dependants; a `patient` filter naming one of
 * them narrows it to that person, any other is ignored, as it always was.
 */
export async function scopeToFamily(
  ctx: AppContext,
  actor: Actor,
  filters: AppointmentFilters,
): Promise<AppointmentFilters> {
  const family = patientsActedFor(actor, await dependantIdsOf(ctx, actor.id));
  const { patientId: requested, patientIds: _ignored, ...rest } = filters;
  if (requested !== undefined && family.includes(requested)) {
    return { ...rest, patientId: requested };
  }
  // One person keeps the list's plain, fastest query.
  return family.length === 1 ? { ...rest, patientId: actor.id } : { ...rest, patientIds: family };
}

/** The patient as far as families go, for an appointment no longer in the book. */
export async function familyLinkOf(ctx: AppContext, patientId: number) {
  const patient = await findUserById(ctx.db.kysely, patientId);
  return { patientId, patientGuardianId: patient?.guardianId ?? null };
}
