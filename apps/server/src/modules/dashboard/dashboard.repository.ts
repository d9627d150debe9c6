import { ACTIVE_STATUSES, APPOINTMENT_STATUSES, type AppointmentStatus } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { selectAppointments } from '../appointments/index.ts';

export function appointmentsOn(db: Kysely<Database>, date: string) {
  return selectAppointments(db)
    .where('a.date', '=', date)
    .where('a.status', '!=', 'cancelled')
    .orderBy('a.time')
    .orderBy('a.id')
    .execute();
}

/**
 * A day's pending and confirmed visits whose patient has not said they will come, with the
 * phone to call: the patient's, else their guardian's.
 */
export function unconfirmedOn(db: Kysely<Database>, date: string) {
  return selectAppointments(db)
    .select(['p.phone as patientPhone', 'g.phone as guardianPhone'])
    .where('a.date', '=', date)
    .where('a.status', 'in', ['pending', 'confirmed'])
    .where('a.patientConfirmedAt', 'is', null)
    .orderBy('a.time')
    .orderBy('a.id')
    .execute();
}

/** Pending requests that still matter: not yet past, oldest slot first. */
export function upcomingPending(db: Kysely<Database>, now: number, limit: number) {
  return selectAppointments(db)
    .where('a.status', '=', 'pending')
    .where('a.startsAt', '>', now)
    .orderBy('a.date')
    .orderBy('a.time')
    .orderBy('a.id')
    .limit(limit)
    .execute();
}

/** The coming visits of these patients: one, or a guardian and their dependants. */
export function upcomingForPatients(
  db: Kysely<Database>,
  patientIds: number[],
  now: number,
  limit: number,
) {
  return selectAppointments(db)
    .where('a.patientId', 'in', patientIds)
    .where('a.status', 'in', [...ACTIVE_STATUSES])
    .where('a.endsAt', '>', now)
    .orderBy('a.date')
    .orderBy('a.time')
    .limit(limit)
    .execute();
}

/** Appointments per status in a date range, optionally for one patient. */
export async function countByStatus(
  db: Kysely<Database>,
  range: { from: string; to: string },
  patientId?: number,
): Promise<Record<AppointmentStatus, number>> {
  let query = db
    .selectFrom('appointments')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to);
  if (patientId !== undefined) query = query.where('patientId', '=', patientId);
  const rows = await query.groupBy('status').execute();
  const counts = Object.fromEntries(APPOINTMENT_STATUSES.map((s) => [s, 0])) as Record<
    AppointmentStatus,
    number
  >;
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

export async function countPending(
  db: Kysely<Database>,
  now: number,
  patientIds?: number[],
): Promise<number> {
  let query = db
    .selectFrom('appointments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', 'pending')
    .where('startsAt', '>', now);
  if (patientIds !== undefined) query = query.where('patientId', 'in', patientIds);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}
