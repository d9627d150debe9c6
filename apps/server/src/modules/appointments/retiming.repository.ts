import { ACTIVE_STATUSES } from '@clinic/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Where each appointment waits while the book is re-timed: `id` days after this instant, far
 * before any real visit. No visit lasts a day, so parked visits never meet each other or a
 * visit already at its new time, and the database's overlap guards never fire mid-way.
 */
const parkedStart = sql`${sql.lit(-1e15)} + cast(id as bigint) * ${sql.lit(86_400_000)}`;

/** A page of active visits in wall-clock order per dentist (or patient), after `after`. */
export function activeVisitsByCalendar<C extends 'dentistId' | 'patientId'>(
  db: Kysely<Database>,
  calendar: C,
  after: [number, string, string, number] | undefined,
  pageSize: number,
) {
  let query = db
    .selectFrom('appointments')
    .select(['id', calendar, 'date', 'time', 'durationMinutes'])
    .where('status', 'in', [...ACTIVE_STATUSES])
    .where(calendar, 'is not', null)
    .orderBy(calendar)
    .orderBy('date')
    .orderBy('time')
    .orderBy('id')
    .limit(pageSize);
  if (after) {
    const [key, date, time, id] = after;
    query = query.where(
      sql<boolean>`(${sql.ref(calendar)}, ${sql.ref('date')}, ${sql.ref('time')}, ${sql.ref('id')}) > (${key}, ${date}, ${time}, ${id})`,
    );
  }
  return query.execute();
}

/** Moves every appointment out of the way of every other; see `parkedStart`. */
export async function parkAllAppointments(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('appointments')
    .set({
      startsAt: sql`${parkedStart}`,
      endsAt: sql`${parkedStart} + (ends_at - starts_at)`,
    })
    .execute();
}

/** A page, by id after `afterId`, of every appointment's wall-clock time. */
export function wallClockTimesAfter(db: Kysely<Database>, afterId: number, pageSize: number) {
  return db
    .selectFrom('appointments')
    .select(['id', 'date', 'time', 'durationMinutes'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(pageSize)
    .execute();
}

export async function setInstants(
  db: Kysely<Database>,
  id: number,
  instants: { startsAt: number; endsAt: number; endTime: string },
): Promise<void> {
  await db
    .updateTable('appointments')
    .set({ startsAt: instants.startsAt, endsAt: instants.endsAt, endTime: instants.endTime })
    .where('id', '=', id)
    .execute();
}
