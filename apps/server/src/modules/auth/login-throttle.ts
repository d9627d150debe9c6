import { type Kysely, sql } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';

/*
 * Failed sign-ins are counted in the database, not in memory, so the limit holds across
 * several server processes and restarts. One account is guarded against password guessing
 * from many addresses; one address against trying many accounts.
 */

interface Limit {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

const ACCOUNT_LIMIT: Limit = { maxFailures: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };
const ADDRESS_LIMIT: Limit = { maxFailures: 30, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

function keysFor(email: string, address: string): [string, Limit][] {
  return [
    [`account:${email}`, ACCOUNT_LIMIT],
    [`address:${address}`, ADDRESS_LIMIT],
  ];
}

/** Seconds until the caller may try again, or 0 when a sign-in attempt is allowed now. */
export async function secondsUntilLoginAllowed(
  ctx: AppContext,
  email: string,
  address: string,
): Promise<number> {
  const keys = keysFor(email, address).map(([key]) => key);
  const rows = await ctx.db.kysely
    .selectFrom('loginThrottle')
    .select('blockedUntil')
    .where('key', 'in', keys)
    .execute();
  const blockedUntil = Math.max(0, ...rows.map((r) => r.blockedUntil));
  const waitMs = blockedUntil - ctx.now();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

export async function recordLoginFailure(
  ctx: AppContext,
  email: string,
  address: string,
): Promise<void> {
  const now = ctx.now();
  await ctx.db.transact(async (trx) => {
    for (const [key, limit] of keysFor(email, address)) {
      await countFailure(trx, key, limit, now);
    }
  });
}

/** One atomic upsert, so concurrent failures on several servers are all counted. */
async function countFailure(db: Kysely<Database>, key: string, limit: Limit, now: number) {
  const windowIsOpen = sql<boolean>`${now} - login_throttle.window_started_at < ${limit.windowMs}`;
  const failures = sql<number>`case when ${windowIsOpen} then login_throttle.failures + 1 else 1 end`;
  await db
    .insertInto('loginThrottle')
    .values({ key, failures: 1, windowStartedAt: now, blockedUntil: 0 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures,
        windowStartedAt: sql<number>`case when ${windowIsOpen} then login_throttle.window_started_at else ${now} end`,
        blockedUntil: sql<number>`case when ${failures} >= ${limit.maxFailures} then ${now + limit.blockMs} else login_throttle.blocked_until end`,
      }),
    )
    .execute();
}

/** A correct password clears the account's count; the address keeps its own. */
export async function clearAccountFailures(ctx: AppContext, email: string): Promise<void> {
  await ctx.db.kysely.deleteFrom('loginThrottle').where('key', '=', `account:${email}`).execute();
}
