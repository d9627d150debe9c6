import type { Insertable, Kysely } from 'kysely';
import type { Database, NotificationsTable } from '../../db/schema.ts';

export function queueNotifications(
  trx: Kysely<Database>,
  rows: Insertable<NotificationsTable>[],
): Promise<unknown> {
  if (rows.length === 0) return Promise.resolve();
  return trx.insertInto('notifications').values(rows).execute();
}

/**
 * Whether this reminder is queued or sent already: one per appointment start, however often it
 * is confirmed. Dropped ones do not count, so a reminder re-planned after a settings change can
 * be queued again.
 */
export async function hasReminder(
  trx: Kysely<Database>,
  appointmentId: number,
  startsAt: number,
): Promise<boolean> {
  const row = await trx
    .selectFrom('notifications')
    .select('id')
    .where('appointmentId', '=', appointmentId)
    .where('kind', '=', 'reminder')
    .where('startsAt', '=', startsAt)
    .where('droppedAt', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Drops every reminder not sent yet, before they are planned again. */
export function dropPendingReminders(trx: Kysely<Database>, now: number): Promise<unknown> {
  return trx
    .updateTable('notifications')
    .set({ droppedAt: now, lastError: 'replanned after a settings change' })
    .where('kind', '=', 'reminder')
    .where('sentAt', 'is', null)
    .where('droppedAt', 'is', null)
    .execute();
}

/** The clinic's front desk: the owner and active staff who are not dentists. */
export async function frontDeskIds(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('isActive', '=', 1)
    .where((eb) =>
      eb.or([
        eb('role', '=', 'owner'),
        eb.and([eb('role', '=', 'staff'), eb('isDentist', '=', 0)]),
      ]),
    )
    .execute();
  return rows.map((row) => row.id);
}

/** A page, by id after `afterId`, of the confirmed visits still to start after `now`. */
export function confirmedVisitsAfter(
  db: Kysely<Database>,
  now: number,
  afterId: number,
  limit: number,
) {
  return db
    .selectFrom('appointments')
    .select(['id', 'patientId', 'startsAt'])
    .where('status', '=', 'confirmed')
    .where('startsAt', '>', now)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}
