import type { AppointmentMessagesWire } from '@clinic/contract';
import { type Actor, canSeeMessageDelivery, messageDeliveryStatus } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { isoInstant } from '../../lib/iso-instant.ts';
import { appointmentExists, messagesOfAppointment } from './delivery.repository.ts';

const instant = (ms: number | null) => (ms === null ? null : isoInstant(ms));

/**
 * What became of every email and text about an appointment: for the owner and the front desk,
 * who phone a patient whose reminder did not reach them. Patients are refused whatever the id,
 * so the answer says nothing about other patients' visits.
 */
export async function listAppointmentMessages(
  ctx: AppContext,
  actor: Actor,
  appointmentId: number,
): Promise<AppointmentMessagesWire> {
  if (!canSeeMessageDelivery(actor)) throw forbidden();
  const db = ctx.db.kysely;
  if (!(await appointmentExists(db, appointmentId))) throw notFound('Appointment');
  const rows = await messagesOfAppointment(db, appointmentId);
  return {
    results: rows.map((row) => {
      const status = messageDeliveryStatus(row);
      return {
        id: row.id,
        channel: row.channel,
        kind: row.kind,
        recipient: row.recipientId,
        recipient_name: row.recipientName,
        sent_to: row.sentTo,
        status,
        reason: status === 'sent' || status === 'delivered' ? null : row.lastError,
        provider_code: row.deliveryErrorCode,
        attempts: row.attempts,
        created_at: isoInstant(row.createdAt),
        due_at: isoInstant(row.dueAt),
        sent_at: instant(row.sentAt),
        delivered_at: instant(row.deliveredAt),
        dropped_at: instant(row.droppedAt),
      };
    }),
  };
}
