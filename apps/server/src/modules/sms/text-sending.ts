import { nextAttemptAt } from '@clinic/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { AppContext } from '../../context.ts';
import { settleOutboxMessage } from '../../db/outbox-queries.ts';
import { publicOrigin } from '../../lib/public-origin.ts';
import { recordTextAccepted, recordTextRefused, type TextTable } from './sms.repository.ts';
import { type SmsProvider, SmsSendError } from './sms-provider.ts';
import { providerErrorWords } from './twilio-errors.ts';

/**
 * Pauses before the second and third try within one claim. A provider that answered 500 or
 * 429 mostly takes the message a moment later; waiting for the outbox's next attempt (a
 * minute, then five) would hold a reminder back for nothing. The claim's lease (two minutes)
 * covers three tries and their timeouts, so no other server sends the message meanwhile.
 */
const PAUSES_MS = [1_000, 2_000];
/** The longest `Retry-After` waited for within a claim; a longer one waits in the outbox. */
const LONGEST_PAUSE_MS = 5_000;

/** Where the provider reports a text's progress: the clinic's own address, never a request's. */
export function statusCallbackUrl(config: Config): string {
  return `${publicOrigin(config)}/api/sms/status`;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a claimed text and settles its row: sent, with the provider's id for its callbacks;
 * refused for good (an invalid or unsubscribed number), dropped as failed with the provider's
 * code and words; or, after three tries that the provider may yet accept, retried at the
 * outbox's next attempt (nextAttemptAt, as emails are) or given up as failed when those ran out.
 */
export async function sendClaimedText(
  ctx: AppContext,
  provider: SmsProvider,
  claimed: { table: TextTable; id: number; attempts: number },
  text: { to: string; body: string },
  log: FastifyBaseLogger,
): Promise<void> {
  const message = { ...text, statusCallback: statusCallbackUrl(ctx.config) };
  let refusal: SmsSendError | undefined;
  for (let attempt = 0; attempt <= PAUSES_MS.length; attempt += 1) {
    try {
      const accepted = await provider.send(message);
      await ctx.db.transact(async (trx) => {
        await recordTextAccepted(trx, claimed.table, claimed.id, {
          providerMessageId: accepted.providerId,
          status: accepted.status,
          sentTo: text.to,
        });
        await settleOutboxMessage(trx, claimed.table, claimed.id, { sentAt: ctx.now() });
      });
      return;
    } catch (error) {
      refusal =
        error instanceof SmsSendError
          ? error
          : new SmsSendError(true, null, error instanceof Error ? error.message : String(error));
      log.warn(
        { text: claimed.id, outbox: claimed.table, code: refusal.code, err: refusal },
        'text message refused',
      );
      if (!refusal.retryable) break;
      const wait = refusal.retryAfterMs ?? PAUSES_MS[attempt];
      if (wait === undefined || wait > LONGEST_PAUSE_MS) break;
      await pause(wait);
    }
  }
  if (!refusal) return;
  const lastError = describeRefusal(refusal);
  const next = refusal.retryable ? nextAttemptAt(claimed.attempts, ctx.now()) : null;
  const retryAt = next === null ? null : Math.max(next, ctx.now() + (refusal.retryAfterMs ?? 0));
  const final = retryAt === null;
  await ctx.db.transact(async (trx) => {
    await recordTextRefused(trx, claimed.table, claimed.id, {
      code: refusal.code,
      final,
      sentTo: text.to,
    });
    await settleOutboxMessage(
      trx,
      claimed.table,
      claimed.id,
      retryAt === null ? { droppedAt: ctx.now(), lastError } : { retryAt, lastError },
    );
  });
}

/** The provider's words, with its code, as the owner reads them on the appointment. */
function describeRefusal(refusal: SmsSendError): string {
  if (refusal.code === null) return refusal.reason;
  const words = refusal.reason || providerErrorWords(refusal.code) || 'refused';
  return `${refusal.code}: ${words}`;
}
