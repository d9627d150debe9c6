import { type NotifiedState, notificationsFor, reminderDueAt } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { channelsFor, messagingOn } from './channels.ts';
import {
  confirmedVisitsAfter,
  dropPendingReminders,
  frontDeskIds,
  hasReminder,
  queueNotifications,
} from './notifications.repository.ts';

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
 * Queues the emails and texts a change to an appointment sends, inside the transaction that
 * makes the change: one row per channel (see channelsFor). Without a mail server or a text
 * provider configured nothing is queued: a clinic that adds one later should not receive a
 * backlog of stale messages.
 */
export async function queueAppointmentEmails(
  trx: Kysely<Database>,
  ctx: AppContext,
  change: AppointmentChange,
): Promise<void> {
  if (!messagingOn(ctx.config)) return;
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
      const channels = await channelsFor(trx, ctx.config, planned.kind, recipientId);
      for (const channel of channels.filter((c) => c === 'email' || !planned.emailOnly)) {
        rows.push({
          kind: planned.kind,
          appointmentId: change.appointmentId,
          recipientId,
          startsAt: change.after.startsAt,
          dueAt: planned.dueAt,
          createdAt: change.now,
          channel,
        });
      }
    }
  }
  await queueNotifications(trx, rows);
}

/**
 * Plans every pending reminder again after the clinic changes its time zone (which moves the
 * instants of every visit) or its reminder lead time. Reminders already sent stay sent.
 */
export async function replanReminders(
  trx: Kysely<Database>,
  ctx: AppContext,
  settings: { now: number; reminderLeadHours: number },
): Promise<void> {
  if (!messagingOn(ctx.config)) return;
  await dropPendingReminders(trx, settings.now);
  let afterId = 0;
  // In pages by id, like the re-derivation of instants, so a big book never sits in memory.
  for (;;) {
    const rows = await confirmedVisitsAfter(trx, settings.now, afterId, 1000);
    if (rows.length === 0) return;
    const reminders = [];
    for (const row of rows) {
      const dueAt = reminderDueAt(row.startsAt, settings.reminderLeadHours, settings.now);
      if (dueAt === null || (await hasReminder(trx, row.id, row.startsAt))) continue;
      for (const channel of await channelsFor(trx, ctx.config, 'reminder', row.patientId)) {
        reminders.push({
          kind: 'reminder' as const,
          appointmentId: row.id,
          recipientId: row.patientId,
          startsAt: row.startsAt,
          dueAt,
          createdAt: settings.now,
          channel,
        });
      }
    }
    await queueNotifications(trx, reminders);
    afterId = rows[rows.length - 1]?.id ?? afterId;
  }
}
