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
  const rows = await db
    .selectFrom('appointments')
    .select(['id', 'date', 'time', 'durationMinutes'])
    .execute();
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
  return rows.length;
}
