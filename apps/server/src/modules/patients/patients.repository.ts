import type { AppointmentStatus } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type AppointmentView, selectAppointments } from '../appointments/index.ts';

/** A patient's appointments, newest first, at most `limit`. */
export function latestVisits(
  db: Kysely<Database>,
  patientId: number,
  limit: number,
): Promise<AppointmentView[]> {
  return selectAppointments(db)
    .where('a.patientId', '=', patientId)
    .orderBy('a.startsAt', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

/** How many appointments the patient has in each status, and how many are still ahead. */
export async function countVisits(
  db: Kysely<Database>,
  patientId: number,
  now: number,
): Promise<{ byStatus: Map<AppointmentStatus, number>; upcoming: number }> {
  const [rows, upcoming] = await Promise.all([
    db
      .selectFrom('appointments')
      .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
      .where('patientId', '=', patientId)
      .groupBy('status')
      .execute(),
    db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('patientId', '=', patientId)
      .where('status', 'in', ['pending', 'confirmed'])
      .where('startsAt', '>', now)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    byStatus: new Map(rows.map((row) => [row.status, Number(row.count)])),
    upcoming: Number(upcoming.count),
  };
}
