import {
  parseSmsReply,
  type SmsReplyIntent,
  type SmsReplyOutcome,
  smsReplyHandling,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { announceInboxChange, notifyFrontDesk } from '../inbox/index.ts';
import { setChannel } from '../notifications/index.ts';
import {
  findInboundByProviderId,
  insertInbound,
  latestAnsweredVisit,
  queueReply,
  type Textee,
  texteesWithNumber,
} from './sms.repository.ts';
import type { SmsReplyActions } from './sms-reply-actions.ts';

export interface IncomingText {
  providerMessageId: string;
  from: string;
  to: string;
  body: string;
}

interface Decision {
  outcome: SmsReplyOutcome;
  userId: number | null;
  appointmentId: number | null;
  /** STOP and START change everyone reached at the number, in the transaction that records it. */
  channelSwitch?: { people: Textee[]; on: boolean };
}

/**
 * A patient's text to the clinic's number. It is matched to the patients reached at that
 * number (one's own, or a guardian's for their dependants), and a confirmation or cancellation
 * acts on the visit the latest answerable text to that number was about, while that visit is
 * still to come. STOP turns texts off for everyone reached at the number (START turns them on),
 * as the carrier itself stops delivering them. Everything else waits for a person. The text,
 * what was understood and what was done are kept; the patient gets a short answer when they
 * asked for something to be done (smsReplyHandling). A text received twice (the provider
 * retries a webhook it thinks failed) is handled once.
 */
export async function receiveText(
  ctx: AppContext,
  actions: SmsReplyActions,
  text: IncomingText,
): Promise<void> {
  const db = ctx.db.kysely;
  if (await findInboundByProviderId(db, text.providerMessageId)) return;
  const now = ctx.now();
  const intent = parseSmsReply(text.body);
  const decision = await decide(ctx, actions, intent, text.from, now);
  const handling = smsReplyHandling(intent, decision.outcome);

  let inboundId: number;
  let told: number[] = [];
  try {
    inboundId = await ctx.db.transact(async (trx) => {
      if (decision.channelSwitch) {
        for (const person of decision.channelSwitch.people) {
          await setChannel(trx, person, 'sms', decision.channelSwitch.on, now);
        }
      }
      const id = await insertInbound(trx, {
        providerMessageId: text.providerMessageId,
        fromNumber: text.from,
        toNumber: text.to,
        body: text.body,
        receivedAt: now,
        userId: decision.userId,
        appointmentId: decision.appointmentId,
        intent,
        outcome: decision.outcome,
        needsAttention: handling.needsAttention,
      });
      if (handling.answer) {
        await queueReply(trx, {
          inboundId: id,
          kind: handling.answer,
          toNumber: text.from,
          userId: decision.userId,
          appointmentId: decision.appointmentId,
          dueAt: now,
          createdAt: now,
        });
      }
      if (handling.needsAttention) {
        told = await notifyFrontDesk(trx, {
          text: text.body,
          sender: text.from,
          patientId: decision.userId,
          appointmentId: decision.appointmentId,
          now,
        });
      }
      return id;
    });
  } catch (error) {
    // The same text delivered twice at once: the other delivery recorded it.
    if (isUniqueViolation(error)) return;
    throw error;
  }
  if (handling.answer) await ctx.events.publish({ type: 'sms_reply.queued' });
  await announceInboxChange(ctx, told);
  if (handling.needsAttention) {
    await actions.forwardToFrontDesk(ctx, {
      inboundId,
      userId: decision.userId,
      appointmentId: decision.appointmentId,
      body: text.body,
    });
  }
}

async function decide(
  ctx: AppContext,
  actions: SmsReplyActions,
  intent: SmsReplyIntent,
  from: string,
  now: number,
): Promise<Decision> {
  const db = ctx.db.kysely;
  const people = await texteesWithNumber(db, from);
  if (people.length === 0) return { outcome: 'unknown_sender', userId: null, appointmentId: null };
  if (intent === 'opt_out' || intent === 'opt_in') {
    return {
      outcome: intent === 'opt_out' ? 'opted_out' : 'opted_in',
      userId: people[0]?.id ?? null,
      appointmentId: null,
      channelSwitch: { people, on: intent === 'opt_in' },
    };
  }
  const visit = await latestAnsweredVisit(db, from, now);
  // Whose number it is, for the front desk: the one the visit's text went to, if it is here.
  const reader =
    (visit && people.find((p) => p.id === visit.recipientId)) ??
    (visit && people.find((p) => p.id === visit.patientId)) ??
    people[0];
  const userId = reader?.id ?? null;
  const appointmentId = visit?.appointmentId ?? null;
  if (intent === 'other') return { outcome: 'forwarded', userId, appointmentId };
  if (!visit) return { outcome: 'no_visit', userId, appointmentId };
  const outcome =
    intent === 'confirm'
      ? await actions.confirm(ctx, visit.appointmentId, 'sms')
      : await actions.cancel(ctx, visit.appointmentId, 'sms');
  return { outcome, userId, appointmentId };
}
