import {
  ACCOUNT_EMAILS_PER_WINDOW,
  mayEmailAccountAgain,
  nextAttemptAt,
  recipientLanguage,
} from '@clinic/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.ts';
import { claimOutboxMessage, dueOutboxIds, type OutboxMessage } from '../../db/outbox-queries.ts';
import { startOutboxSender } from '../../lib/outbox-sender.ts';
import { getClinic } from '../clinic/index.ts';
import type { Mailer } from '../notifications/index.ts';
import { findCredentialsByEmail, findUserById, type User } from '../users/index.ts';
import { composeAccountEmail } from './account-email-texts.ts';
import { settleAccountEmail } from './account-emails.repository.ts';
import { countAccountLinksSince, deleteAccountLink } from './account-links.repository.ts';
import { accountLinkUrl, issueAccountLink } from './account-links.ts';

const BATCH = 20;
/** Long enough for any SMTP exchange; a server that dies mid-send frees its emails then. */
const LEASE_MS = 2 * 60_000;

export interface AccountEmailWorker {
  stop(): Promise<void>;
}

type Claimed = OutboxMessage<'accountEmails'>;

/**
 * Sends reset and confirmation emails. The link is made here, while sending: the outbox row
 * names only the address, so a token exists in plain text only inside the email on its way.
 * An email that fails is retried with a fresh link (the unsent one is deleted), then given up.
 */
export function startAccountEmailWorker(
  ctx: AppContext,
  mailer: Mailer,
  options: { pollMs: number; log: FastifyBaseLogger },
): AccountEmailWorker {
  const db = ctx.db.kysely;

  /** Whom the email goes to, or why it is not sent. */
  async function recipientOf(email: Claimed): Promise<User | string> {
    if (email.kind === 'password_reset') {
      const found = await findCredentialsByEmail(db, email.email);
      if (!found?.user.isActive) return 'no active account has this address';
      return found.user;
    }
    const user = email.userId === null ? undefined : await findUserById(db, email.userId);
    if (!user?.isActive) return 'recipient inactive';
    const waiting =
      user.pendingEmail === email.email || (user.email === email.email && !user.emailVerified);
    return waiting ? user : 'the address no longer waits for confirmation';
  }

  async function deliver(id: number): Promise<void> {
    const claimed = await claimOutboxMessage(db, 'accountEmails', id, ctx.now(), LEASE_MS);
    if (!claimed) return;
    const recipient = await recipientOf(claimed);
    if (typeof recipient === 'string') {
      await settleAccountEmail(db, id, {
        droppedAt: ctx.now(),
        lastError: recipient,
        forgetAddress: claimed.kind === 'password_reset',
      });
      return;
    }
    const since = ctx.now() - ACCOUNT_EMAILS_PER_WINDOW.windowMs;
    const sent = await countAccountLinksSince(db, recipient.id, claimed.kind, since);
    if (!mayEmailAccountAgain(sent)) {
      await settleAccountEmail(db, id, {
        droppedAt: ctx.now(),
        lastError: 'too many emails to this account',
      });
      return;
    }
    const clinic = await getClinic(ctx);
    const { token, tokenHash } = await issueAccountLink(ctx, claimed.kind, {
      id: recipient.id,
      email: claimed.email,
    });
    const message = composeAccountEmail(claimed.kind, {
      language: recipientLanguage(recipient.language, clinic.defaultLanguage),
      recipientName: recipient.name,
      clinicName: clinic.name,
      link: accountLinkUrl(ctx.config, claimed.kind, token),
    });
    try {
      await mailer.send({ to: { name: recipient.name, address: claimed.email }, ...message });
    } catch (error) {
      await deleteAccountLink(db, tokenHash);
      const lastError = error instanceof Error ? error.message : String(error);
      const retryAt = nextAttemptAt(claimed.attempts, ctx.now());
      options.log.warn(
        { accountEmail: id, attempts: claimed.attempts, err: error },
        'email failed',
      );
      await settleAccountEmail(
        db,
        id,
        retryAt === null ? { droppedAt: ctx.now(), lastError } : { retryAt, lastError },
      );
      return;
    }
    await settleAccountEmail(db, id, { sentAt: ctx.now() });
  }

  const sender = startOutboxSender({
    name: 'account email worker',
    pollMs: options.pollMs,
    log: options.log,
    events: ctx.events,
    wakesOn: (event) => event.type === 'account_email.queued',
    dueIds: () => dueOutboxIds(db, 'accountEmails', ctx.now(), BATCH),
    deliver,
  });
  return {
    stop: async () => {
      await sender.stop();
      mailer.close();
    },
  };
}
