import type { Kysely } from 'kysely';
import type { Engine } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';
import { insertHistory, lockAppointment, updateAppointmentRow } from './appointments.repository.ts';
import { comingVisitsOfPatient } from './patient-visits.repository.ts';

/**
 * Cancels every visit of a patient that is still pending or confirmed and has not begun, in
 * the caller's transaction, each with its step in the history and `reason`. No email is
 * queued: this runs when the account closes, and the person is no longer written to. The
 * caller tells live views once the transaction commits.
 */
export async function cancelComingVisitsOfPatient(
  trx: Kysely<Database>,
  engine: Engine,
  change: { patientId: number; actorId: number; now: number; reason: string },
): Promise<{ id: number; date: string }[]> {
  const visits = await comingVisitsOfPatient(trx, change.patientId, change.now);
  for (const visit of visits) {
    await lockAppointment(trx, engine, visit.id);
    await updateAppointmentRow(trx, visit.id, { status: 'cancelled', updatedAt: change.now });
    await insertHistory(trx, {
      appointmentId: visit.id,
      actorId: change.actorId,
      at: change.now,
      action: 'updated',
      changes: JSON.stringify({ status: [visit.status, 'cancelled'] }),
      reason: change.reason,
    });
  }
  return visits.map(({ id, date }) => ({ id, date }));
}
