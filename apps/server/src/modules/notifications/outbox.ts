import { type NotifiedState, notificationsFor } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { frontDeskIds, hasReminder, queueNotifications } from './notifications.repository.ts';

export interface AppointmentChange {
  appointmentId: number;
  patientId: number;
  before: NotifiedState | null;
  after: NotifiedState;
  byPatient: boolean;
  now: number;
  reminderLeadHours: number;
}

/**
 * Queues the emails a change to an appointment sends, inside the transaction that makes the
 * change. Without a mail server configured nothing is queued: a clinic that adds one later
 * should not receive a backlog of stale messages.
 */
export async function queueAppointmentEmails(
  trx: Kysely<Database>,
  ctx: AppContext,
  change: AppointmentChange,
): Promise<void> {
  if (!ctx.config.smtpUrl) return;
  const rows = [];
  for (const planned of notificationsFor(change)) {
    if (
      planned.kind === 'reminder' &&
      (await hasReminder(trx, change.appointmentId, change.after.startsAt))
    ) {
      continue;
    }
    const recipients = planned.to === 'patient' ? [change.patientId] : await frontDeskIds(trx);
    for (const recipientId of recipients) {
      rows.push({
        kind: planned.kind,
        appointmentId: change.appointmentId,
        recipientId,
        startsAt: change.after.startsAt,
        dueAt: planned.dueAt,
        createdAt: change.now,
      });
    }
  }
  await queueNotifications(trx, rows);
}
