import { ACCOUNT_EMAILS_PER_WINDOW, accountLinkState, mayEmailAccountAgain } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, conflict, tooManyAttempts } from '../../lib/errors.ts';
import { recordAuditEvent } from '../audit/index.ts';
import {
  assertAcceptablePassword,
  deleteSessionsOf,
  emailTaken,
  forgetFailuresOfEmail,
  hashPassword,
} from '../auth/index.ts';
import {
  auditedUserFields,
  findUserById,
  normalizeEmail,
  type User,
  updateUserRow,
} from '../users/index.ts';
import { countQueuedSince, queueAccountEmail } from './account-emails.repository.ts';
import { findAccountLink, retireAccountLinks, useAccountLink } from './account-links.repository.ts';
import { linkProblem, usableLink } from './account-links.ts';

export const mailOff = () =>
  new AppError(
    409,
    'mail_off',
    'No email',
    'This clinic sends no email. Ask the clinic to set a new password for you.',
  );

/** Tells every sender that an account email waits, so it goes out now rather than at the next poll. */
async function announceQueued(ctx: AppContext): Promise<void> {
  await ctx.events.publish({ type: 'account_email.queued' });
}

/**
 * Queues a reset email for whoever has `email`, if anyone: the answer and its timing are the
 * same either way, since only the sender looks the address up.
 */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  if (!ctx.config.smtpUrl) throw mailOff();
  const now = ctx.now();
  await queueAccountEmail(ctx.db.kysely, {
    kind: 'password_reset',
    userId: null,
    email: normalizeEmail(email),
    dueAt: now,
    createdAt: now,
  });
  await announceQueued(ctx);
}

/** Queues a link to confirm `email` for `userId`, in the caller's transaction. */
export async function queueEmailConfirmation(
  trx: Kysely<Database>,
  ctx: AppContext,
  userId: number,
  email: string,
): Promise<void> {
  const now = ctx.now();
  await queueAccountEmail(trx, {
    kind: 'email_verification',
    userId,
    email,
    dueAt: now,
    createdAt: now,
  });
}

/** To call once the transaction that queued a confirmation committed. */
export const announceEmailConfirmation = announceQueued;

/** The address a link may still confirm for `user`: a new one waiting, else an unconfirmed one. */
function addressToConfirm(user: User): string | null {
  if (user.pendingEmail) return user.pendingEmail;
  return user.emailVerified || user.email === '' ? null : user.email;
}

/** "Send the link again", limited per account like the reset emails. */
export async function resendEmailConfirmation(ctx: AppContext, user: User): Promise<void> {
  if (!ctx.config.smtpUrl) throw mailOff();
  const address = addressToConfirm(user);
  if (address === null) {
    throw conflict('nothing_to_confirm', 'Your email address is confirmed already.');
  }
  const now = ctx.now();
  const since = now - ACCOUNT_EMAILS_PER_WINDOW.windowMs;
  const queued = await countQueuedSince(ctx.db.kysely, user.id, 'email_verification', since);
  if (!mayEmailAccountAgain(queued.count)) {
    const freeAt = (queued.oldest ?? now) + ACCOUNT_EMAILS_PER_WINDOW.windowMs;
    throw tooManyAttempts(Math.max(1, Math.ceil((freeAt - now) / 1000)));
  }
  await ctx.db.transact((trx) => queueEmailConfirmation(trx, ctx, user.id, address));
  await announceQueued(ctx);
}

/** Ends the account's sessions (but `keepTokenHash`) and closes their live streams. */
async function announceAccountChange(
  ctx: AppContext,
  userId: number,
  keepTokenHash: string | undefined,
): Promise<void> {
  await ctx.events.publish({ type: 'user.changed', userId });
  await ctx.events.publish({ type: 'session.revoked', userId, tokenHash: null, keepTokenHash });
}

/**
 * Sets a new password through a reset link: the link and every other reset link of the
 * account stop working, every session ends (whoever held one may be who took the old
 * password), and the audit log records it as the holder's own change.
 */
export async function resetPassword(
  ctx: AppContext,
  token: string,
  password: string,
): Promise<void> {
  assertAcceptablePassword(password);
  const link = await usableLink(ctx, 'password_reset', token);
  // Hashed before the transaction: argon2 takes tens of milliseconds, and on SQLite a
  // transaction holds the connection every other write waits for.
  const passwordHash = await hashPassword(password);
  const subject = await findUserById(ctx.db.kysely, link.userId);
  if (!subject?.isActive) throw linkProblem('unknown');
  const now = ctx.now();
  await ctx.db.transact(async (trx) => {
    if (!(await useAccountLink(trx, 'password_reset', link.tokenHash, now))) {
      throw await whyUnusable(trx, ctx, link.tokenHash);
    }
    await retireAccountLinks(trx, subject.id, 'password_reset', now);
    // Opening the link proves the address is theirs.
    const confirms = link.email === subject.email && !subject.emailVerified;
    const updated = await updateUserRow(trx, subject.id, {
      passwordHash,
      updatedAt: now,
      ...(confirms && { emailVerifiedAt: now }),
    });
    await recordAuditEvent(trx, {
      at: now,
      actorId: subject.id,
      subject: 'account',
      subjectId: subject.id,
      subjectName: subject.name,
      action: 'updated',
      before: auditedUserFields(subject),
      after: updated ? auditedUserFields(updated) : null,
      passwordChanged: true,
    });
    await deleteSessionsOf(trx, subject.id);
    // Whoever opened the link holds the address: a lock-out earned by wrong guesses at the old
    // password (perhaps someone else's) no longer stands between them and their new one.
    await forgetFailuresOfEmail(trx, subject.email);
  });
  await announceAccountChange(ctx, subject.id, undefined);
}

async function whyUnusable(trx: Kysely<Database>, ctx: AppContext, tokenHash: string) {
  const state = accountLinkState(
    await findAccountLink(trx, 'password_reset', tokenHash),
    ctx.now(),
  );
  return linkProblem(state === 'valid' ? 'used' : state);
}

/**
 * Confirms the address a link went to. A new address replaces the old one only now, and then
 * ends the account's other sessions: the one the link was opened in, if it is the holder's,
 * stays.
 */
export async function confirmEmail(
  ctx: AppContext,
  token: string,
  session: { userId: number; tokenHash: string } | undefined,
): Promise<void> {
  const link = await usableLink(ctx, 'email_verification', token);
  const subject = await findUserById(ctx.db.kysely, link.userId);
  if (!subject?.isActive) throw linkProblem('unknown');
  const changesAddress = subject.pendingEmail === link.email && link.email !== subject.email;
  if (!changesAddress && link.email !== subject.email) throw linkProblem('unknown');
  const now = ctx.now();
  const keepTokenHash = session?.userId === subject.id ? session.tokenHash : undefined;
  try {
    await ctx.db.transact(async (trx) => {
      if (!(await useAccountLink(trx, 'email_verification', link.tokenHash, now))) {
        throw linkProblem('used');
      }
      const updated = await updateUserRow(trx, subject.id, {
        emailVerifiedAt: now,
        updatedAt: now,
        ...(changesAddress && { email: normalizeEmail(link.email), pendingEmail: null }),
      });
      if (!changesAddress) {
        await recordAuditEvent(trx, {
          at: now,
          actorId: subject.id,
          subject: 'account',
          subjectId: subject.id,
          subjectName: subject.name,
          action: 'updated',
          before: { email_verified: false },
          after: { email_verified: true },
        });
        return;
      }
      await recordAuditEvent(trx, {
        at: now,
        actorId: subject.id,
        subject: 'account',
        subjectId: subject.id,
        subjectName: subject.name,
        action: 'updated',
        before: auditedUserFields(subject),
        after: updated ? auditedUserFields(updated) : null,
      });
      await deleteSessionsOf(trx, subject.id, keepTokenHash);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  if (changesAddress) await announceAccountChange(ctx, subject.id, keepTokenHash);
  else await ctx.events.publish({ type: 'user.changed', userId: subject.id });
}
