import type { PatientMessagesWire } from '@clinic/contract';
import { type Actor, canHandlePatientTexts } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { isoInstant } from '../../lib/iso-instant.ts';
import { countWaitingInbound, markInboundHandled, waitingInbound } from './sms.repository.ts';

const SHOWN = 50;

/** The texts from patients waiting for a person, oldest first: the front desk's to read. */
export async function listPatientMessages(
  ctx: AppContext,
  actor: Actor,
): Promise<PatientMessagesWire> {
  if (!canHandlePatientTexts(actor)) throw forbidden();
  const db = ctx.db.kysely;
  const [rows, count] = await Promise.all([waitingInbound(db, SHOWN), countWaitingInbound(db)]);
  return {
    count,
    results: rows.map((row) => ({
      id: row.id,
      from: row.fromNumber,
      body: row.body,
      received_at: isoInstant(row.receivedAt),
      patient: row.userId,
      patient_name: row.userName,
      appointment: row.appointmentId,
      appointment_date: row.date,
      appointment_time: row.time,
      intent: row.intent,
      outcome: row.outcome,
    })),
  };
}

/**
 * Someone at the front desk read a text and did what it needed: it leaves the list for every
 * desk. Marking one a colleague marked already is no error.
 */
export async function markPatientMessageHandled(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<void> {
  if (!canHandlePatientTexts(actor)) throw forbidden();
  const result = await markInboundHandled(ctx.db.kysely, id, actor.id, ctx.now());
  if (result === 'missing') throw notFound('Message');
  if (result === 'handled') await ctx.events.publish({ type: 'patient_messages.changed' });
}
