import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/index.ts';
import {
  blockUntil,
  countFailure,
  findActiveBlocks,
  forgetFailures,
  rememberSignInAddress,
  signedInFromSince,
} from './login-throttle.repository.ts';

/*
 * Failed sign-ins are counted in the database, not in memory, so the limits hold across
 * several server processes and restarts. Three counts, so that nobody can lock an account's
 * holder out by failing on purpose:
 * - one account from one address (`pair:`) waits longer after every failure beyond the
 *   fifth: 1 s, 2 s, 4 s… up to 15 minutes; the count is forgotten a day after its last failure;
 * - one address (`address:`) trying many accounts is stopped for 15 minutes after 30 failures;
 * - one account (`account:`) guessed from many addresses is closed for 15 minutes after 20
 *   failures, but only to addresses it has never signed in from: where its holder has signed
 *   in before, they still can.
 */

const MINUTE = 60_000;
const PAIR = {
  freeFailures: 5,
  firstDelayMs: 1000,
  maxDelayMs: 15 * MINUTE,
  forgetMs: 24 * 60 * MINUTE,
};
const ADDRESS = { maxFailures: 30, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };
const ACCOUNT = { maxFailures: 20, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };
/** How long a successful sign-in keeps its address known to the account. */
const KNOWN_FOR_MS = 90 * 24 * 60 * MINUTE;

const pairKey = (email: string, address: string) => `pair:${address}|${email}`;
const addressKey = (address: string) => `address:${address}`;
const accountKey = (email: string) => `account:${email}`;

/** The wait after `failures` failures of one account from one address, 0 while still free. */
export function pairDelayMs(failures: number): number {
  if (failures < PAIR.freeFailures) return 0;
  const doublings = failures - PAIR.freeFailures;
  // Capped before raising 2 to it, so a long run of failures never overflows.
  if (doublings >= 20) return PAIR.maxDelayMs;
  return Math.min(PAIR.firstDelayMs * 2 ** doublings, PAIR.maxDelayMs);
}

/** Seconds until the caller may try again, or 0 when a sign-in attempt is allowed now. */
export async function secondsUntilLoginAllowed(
  ctx: AppContext,
  email: string,
  address: string,
): Promise<number> {
  const db = ctx.db.kysely;
  const now = ctx.now();
  const keys = [pairKey(email, address), addressKey(address), accountKey(email)];
  const rows = await findActiveBlocks(db, keys, now);
  let blockedUntil = 0;
  for (const row of rows) {
    if (row.key === accountKey(email) && (await isKnownAddress(db, email, address, now))) continue;
    blockedUntil = Math.max(blockedUntil, row.blockedUntil);
  }
  const waitMs = blockedUntil - now;
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

function isKnownAddress(
  db: Kysely<Database>,
  email: string,
  address: string,
  now: number,
): Promise<boolean> {
  return signedInFromSince(db, email, address, now - KNOWN_FOR_MS);
}

/** The account a failure was aimed at, when it exists: its lock-outs go to the audit log. */
export interface TargetAccount {
  id: number;
  name: string;
}

export async function recordLoginFailure(
  ctx: AppContext,
  email: string,
  address: string,
  account: TargetAccount | null,
): Promise<void> {
  const now = ctx.now();
  await ctx.db.transact(async (trx) => {
    const pairFailures = await countFailure(trx, pairKey(email, address), now, PAIR.forgetMs, {
      sliding: true,
    });
    const delayMs = pairDelayMs(pairFailures);
    if (delayMs > 0) await blockUntil(trx, pairKey(email, address), now + delayMs);

    const addressFailures = await countFailure(trx, addressKey(address), now, ADDRESS.windowMs);
    if (addressFailures >= ADDRESS.maxFailures) {
      await blockUntil(trx, addressKey(address), now + ADDRESS.blockMs);
    }

    const accountFailures = await countFailure(trx, accountKey(email), now, ACCOUNT.windowMs);
    if (accountFailures >= ACCOUNT.maxFailures) {
      await blockUntil(trx, accountKey(email), now + ACCOUNT.blockMs);
    }

    // One entry when a lock-out begins, not one per refused attempt after it.
    if (!account) return;
    if (pairFailures === PAIR.freeFailures) {
      await recordLockOut(trx, now, account, { from: address, failed_attempts: pairFailures });
    }
    if (accountFailures === ACCOUNT.maxFailures) {
      await recordLockOut(trx, now, account, {
        from: 'addresses it has not signed in from',
        failed_attempts: accountFailures,
      });
    }
  });
}

function recordLockOut(
  trx: Kysely<Database>,
  at: number,
  account: TargetAccount,
  details: { from: string; failed_attempts: number },
): Promise<void> {
  // Nobody signed in did it: the entry has no actor.
  return recordAuditEvent(trx, {
    at,
    actorId: null,
    subject: 'account',
    subjectId: account.id,
    subjectName: account.name,
    action: 'locked',
    before: null,
    after: details,
  });
}

/**
 * A correct password clears this account's count from this address and makes the address
 * known to the account; the address's and the account's own counts stay.
 */
export async function recordLoginSuccess(
  ctx: AppContext,
  email: string,
  address: string,
  userId: number,
): Promise<void> {
  const now = ctx.now();
  await ctx.db.transact(async (trx) => {
    await forgetFailures(trx, pairKey(email, address));
    // Addresses not used for a long time are forgotten, so the list stays short.
    await rememberSignInAddress(trx, userId, address, now, now - KNOWN_FOR_MS);
  });
}
