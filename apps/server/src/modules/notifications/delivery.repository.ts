import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The address or number a message goes to, kept for the owner's view of its delivery. */
export async function recordSentTo(
  db: Kysely<Database>,
  id: number,
  sentTo: string,
): Promise<void> {
  await db.updateTable('notifications').set({ sentTo }).where('id', '=', id).execute();
}

/** Sending gave up on a refusal: shown as failed, not as skipped. */
export async function markDeliveryFailed(db: Kysely<Database>, id: number): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ deliveryStatus: 'failed' })
    .where('id', '=', id)
    .execute();
}

/** Every message queued about an appointment, oldest first, with whom it is for. */
export function messagesOfAppointment(db: Kysely<Database>, appointmentId: number) {
  return db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.recipientId')
    .select([
      'n.id',
      'n.channel',
      'n.kind',
      'n.recipientId',
      'u.name as recipientName',
      'n.sentTo',
      'n.attempts',
      'n.createdAt',
      'n.dueAt',
      'n.sentAt',
      'n.droppedAt',
      'n.deliveredAt',
      'n.deliveryStatus',
      'n.deliveryErrorCode',
      'n.lastError',
    ])
    .where('n.appointmentId', '=', appointmentId)
    .orderBy('n.createdAt')
    .orderBy('n.id')
    .execute();
}

export async function appointmentExists(db: Kysely<Database>, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('appointments')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
