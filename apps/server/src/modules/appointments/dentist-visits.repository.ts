import { ACTIVE_STATUSES } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type AppointmentView, selectAppointments } from './appointments.repository.ts';

/**
 * A dentist's visits that still hold a slot and have not begun, earliest first: what is left
 * in their book when they stop working here.
 */
export function comingVisitsOf(
  db: Kysely<Database>,
  dentistId: number,
  now: number,
  limit?: number,
): Promise<AppointmentView[]> {
  let query = selectAppointments(db)
    .where('a.dentistId', '=', dentistId)
    .where('a.status', 'in', ACTIVE_STATUSES)
    .where('a.startsAt', '>', now)
    .orderBy('a.startsAt')
    .orderBy('a.id');
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

export async function countComingVisitsOf(
  db: Kysely<Database>,
  dentistId: number,
  now: number,
): Promise<number> {
  const row = await db
    .selectFrom('appointments as a')
    .where('a.dentistId', '=', dentistId)
    .where('a.status', 'in', ACTIVE_STATUSES)
    .where('a.startsAt', '>', now)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
