import type { AppointmentStatus } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Appointments and their minutes per dentist and status, for clinic days `from`–`to`. */
export async function tallyAppointments(db: Kysely<Database>, range: { from: string; to: string }) {
  const rows = await db
    .selectFrom('appointments')
    .select((eb) => [
      'dentistId',
      'status',
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('durationMinutes').as('minutes'),
    ])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .groupBy(['dentistId', 'status'])
    .execute();
  return rows.map((row) => ({
    dentistId: row.dentistId,
    status: row.status as AppointmentStatus,
    count: Number(row.count),
    minutes: Number(row.minutes),
  }));
}

/**
 * The recorded arrivals of clinic days `from`–`to`, with their start and seating, per dentist:
 * what waiting time and punctuality are measured from.
 */
export function recordedArrivals(db: Kysely<Database>, range: { from: string; to: string }) {
  return db
    .selectFrom('appointments')
    .select(['dentistId', 'startsAt', 'arrivedAt', 'seatedAt'])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .where('arrivedAt', 'is not', null)
    .execute();
}

/** The dentists a report lists: every active one, and any other who had appointments. */
export function reportedDentists(db: Kysely<Database>, withAppointments: number[]) {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where((eb) =>
      eb.or([
        eb.and([eb('isDentist', '=', 1), eb('isActive', '=', 1)]),
        ...(withAppointments.length > 0 ? [eb('id', 'in', withAppointments)] : []),
      ]),
    )
    .orderBy('name')
    .orderBy('id')
    .execute();
}
