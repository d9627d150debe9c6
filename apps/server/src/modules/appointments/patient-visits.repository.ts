import { ACTIVE_STATUSES, type AppointmentStatus } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** A patient's visits that still hold a slot and have not begun, earliest first. */
export function comingVisitsOfPatient(
  db: Kysely<Database>,
  patientId: number,
  now: number,
): Promise<{ id: number; date: string; status: AppointmentStatus }[]> {
  return db
    .selectFrom('appointments')
    .select(['id', 'date', 'status'])
    .where('patientId', '=', patientId)
    .where('status', 'in', ACTIVE_STATUSES)
    .where('startsAt', '>', now)
    .orderBy('startsAt')
    .orderBy('id')
    .execute();
}
