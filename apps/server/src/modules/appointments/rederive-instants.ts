import { planAppointmentTime } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { conflict } from '../../lib/errors.ts';

/**
 * The wall-clock date and time are what the clinic agreed with each patient, so when the
 * clinic's zone changes, the instants behind them are derived again in the new zone.
 */
export async function rederiveAppointmentInstants(
  db: Kysely<Database>,
  zone: string,
): Promise<number> {
  let count = 0;
  let afterId = 0;
  // In pages by id, so a book of a million appointments never sits in memory at once.
  for (;;) {
    const rows = await db
      .selectFrom('appointments')
      .select(['id', 'date', 'time', 'durationMinutes'])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) return count;
    for (const row of rows) {
      const planned = planAppointmentTime(row.date, row.time, row.durationMinutes, zone);
      if (!planned.ok) {
        throw conflict(
          'conflict',
          `Appointment ${row.id} on ${row.date} at ${row.time} cannot be kept in ${zone}: ${planned.message}`,
        );
      }
      await db
        .updateTable('appointments')
        .set({ startsAt: planned.startsAt, endsAt: planned.endsAt, endTime: planned.endTime })
        .where('id', '=', row.id)
        .execute();
    }
    count += rows.length;
    afterId = rows[rows.length - 1]?.id ?? afterId;
  }
}
