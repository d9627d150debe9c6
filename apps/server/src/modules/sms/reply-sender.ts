import { recipientLanguage } from '@clinic/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.ts';
import { claimOutboxMessage, dueOutboxIds, settleOutboxMessage } from '../../db/outbox-queries.ts';
import { startOutboxSender } from '../../lib/outbox-sender.ts';
import { findAppointment } from '../appointments/index.ts';
import { getClinic } from '../clinic/index.ts';
import { findTextee } from './sms.repository.ts';
import type { SmsProvider } from './sms-provider.ts';
import { composeReplyText } from './sms-texts.ts';
import { sendClaimedText } from './text-sending.ts';

const BATCH = 20;
/** Three tries with their timeouts and pauses fit well inside. */
const LEASE_MS = 2 * 60_000;

export interface SmsReplyWorker {
  stop(): Promise<void>;
}

/**
 * Sends the clinic's answers to patients' texts from their outbox, as the visit texts are
 * sent: claimed by one server, tried a few times at once, then at the outbox's next attempts.
 * Woken when one is queued; the poll is the fallback.
 */
export function startSmsReplyWorker(
  ctx: AppContext,
  provider: SmsProvider,
  options: { pollMs: number; log: FastifyBaseLogger },
): SmsReplyWorker {
  const db = ctx.db.kysely;

  async function deliver(id: number): Promise<void> {
    const claimed = await claimOutboxMessage(db, 'smsReplies', id, ctx.now(), LEASE_MS);
    if (!claimed) return;
    if (claimed.toNumber === '') {
      await settleOutboxMessage(db, 'smsReplies', id, {
        droppedAt: ctx.now(),
        lastError: 'account closed',
      });
      return;
    }
    const reader = await findTextee(db, claimed.userId);
    const appointment =
      claimed.appointmentId === null ? undefined : await findAppointment(db, claimed.appointmentId);
    const clinic = await getClinic(ctx);
    const body = composeReplyText(claimed.kind, {
      clinicName: clinic.name,
      visit: appointment ? { date: appointment.date, time: appointment.time } : null,
      clinicPhone: clinic.contact.phone,
      language: recipientLanguage(reader?.language ?? null, clinic.defaultLanguage),
      timeFormat: clinic.timeFormat,
    });
    await sendClaimedText(
      ctx,
      provider,
      { table: 'smsReplies', id, attempts: claimed.attempts },
      { to: claimed.toNumber, body },
      options.log,
    );
  }

  const sender = startOutboxSender({
    name: 'text reply worker',
    pollMs: options.pollMs,
    log: options.log,
    events: ctx.events,
    wakesOn: (event) => event.type === 'sms_reply.queued',
    dueIds: () => dueOutboxIds(db, 'smsReplies', ctx.now(), BATCH),
    deliver,
  });
  return { stop: sender.stop };
}
