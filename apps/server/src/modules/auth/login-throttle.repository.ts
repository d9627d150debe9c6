import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The blocks among `keys` still in force at `now`. */
export function findActiveBlocks(db: Kysely<Database>, keys: string[], now: number) {
  return db
    .selectFrom('loginThrottle')
    .select(['key', 'blockedUntil'])
    .where('key', 'in', keys)
    .where('blockedUntil', '>', now)
    .execute();
}

/** Whether the account `email` has signed in from `address` since `since`. */
export async function signedInFromSince(
  db: Kysely<Database>,
  email: string,
  address: string,
  since: number,
): Promise<boolean> {
  const known = await db
    .selectFrom('signInAddresses as a')
    .innerJoin('users as u', 'u.id', 'a.userId')
    .select('a.userId')
    .where('u.email', '=', email)
    .where('a.address', '=', address)
    .where('a.lastSignedInAt', '>', since)
    .executeTakeFirst();
  return known !== undefined;
}

/**
 * One atomic upsert, so concurrent failures on several servers are all counted; returns the
 * count. A fixed window restarts once it has passed; a sliding one (`sliding`) lasts until
 * `windowMs` after the latest failure.
 */
export async function countFailure(
  db: Kysely<Database>,
  key: string,
  now: number,
  windowMs: number,
  { sliding = false } = {},
): Promise<number> {
  const windowIsOpen = sql<boolean>`${now} - login_throttle.window_started_at < ${windowMs}`;
  const row = await db
    .insertInto('loginThrottle')
    .values({ key, failures: 1, windowStartedAt: now, blockedUntil: 0 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${windowIsOpen} then login_throttle.failures + 1 else 1 end`,
        windowStartedAt: sliding
          ? now
          : sql<number>`case when ${windowIsOpen} then login_throttle.window_started_at else ${now} end`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

/** Never shortens a block another process set a moment ago. */
export async function blockUntil(db: Kysely<Database>, key: string, until: number): Promise<void> {
  await db
    .updateTable('loginThrottle')
    .set({ blockedUntil: until })
    .where('key', '=', key)
    .where('blockedUntil', '<', until)
    .execute();
}

export async function forgetFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('loginThrottle').where('key', '=', key).execute();
}

/**
 * Forgets every failed sign-in to `email`, from anywhere: its holder proved who they are
 * another way (a reset link), or the account is gone. Other addresses' own counts stay.
 */
export async function forgetFailuresOfEmail(db: Kysely<Database>, email: string): Promise<void> {
  // Compared by its end rather than with LIKE: an email may hold `_` or `%`.
  const pairSuffix = `|${email}`;
  await db
    .deleteFrom('loginThrottle')
    .where((eb) =>
      eb.or([
        eb('key', '=', `account:${email}`),
        sql<boolean>`substr(key, 1, 5) = 'pair:' and substr(key, length(key) - ${sql.lit(
          pairSuffix.length - 1,
        )}) = ${pairSuffix}`,
      ]),
    )
    .execute();
}

/** Records a sign-in from `address` and forgets the account's addresses unused since `forgetBefore`. */
export async function rememberSignInAddress(
  db: Kysely<Database>,
  userId: number,
  address: string,
  now: number,
  forgetBefore: number,
): Promise<void> {
  await db
    .insertInto('signInAddresses')
    .values({ userId, address, lastSignedInAt: now })
    .onConflict((oc) => oc.columns(['userId', 'address']).doUpdateSet({ lastSignedInAt: now }))
    .execute();
  await db
    .deleteFrom('signInAddresses')
    .where('userId', '=', userId)
    .where('lastSignedInAt', '<=', forgetBefore)
    .execute();
}
