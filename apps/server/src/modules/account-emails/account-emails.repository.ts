import type { AccountLinkPurpose } from '@clinic/domain';
import type { Insertable, Kysely } from 'kysely';
import type { AccountEmailsTable, Database } from '../../db/schema.ts';

export async function queueAccountEmail(
  trx: Kysely<Database>,
  row: Insertable<AccountEmailsTable>,
): Promise<void> {
  await trx.insertInto('accountEmails').values(row).execute();
}

/** How many emails of `kind` were queued for the account since `since`, sent or not. */
export async function countQueuedSince(
  db: Kysely<Database>,
  userId: number,
  kind: AccountLinkPurpose,
  since: number,
): Promise<{ count: number; oldest: number | null }> {
  const row = await db
    .selectFrom('accountEmails')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.min<number | null>('createdAt').as('oldest'),
    ])
    .where('userId', '=', userId)
    .where('kind', '=', kind)
    .where('createdAt', '>=', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: row.oldest === null ? null : Number(row.oldest) };
}

/** Ids of emails due by `now` that nobody is sending, oldest first. */
export async function dueAccountEmailIds(
  db: Kysely<Database>,
  now: number,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom('accountEmails')
    .select('id')
    .where('sentAt', 'is', null)
    .where('droppedAt', 'is', null)
    .where('dueAt', '<=', now)
    .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', now)]))
    .orderBy('dueAt')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/** Takes an email for `leaseMs`; of several servers racing for it, one wins. */
export async function claimAccountEmail(
  db: Kysely<Database>,
  id: number,
  now: number,
  leaseMs: number,
) {
  return db
    .updateTable('accountEmails')
    .set((eb) => ({ claimedUntil: now + leaseMs, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('sentAt', 'is', null)
    .where('droppedAt', 'is', null)
    .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', now)]))
    .returning(['id', 'kind', 'userId', 'email', 'attempts'])
    .executeTakeFirst();
}

export async function settleAccountEmail(
  db: Kysely<Database>,
  id: number,
  outcome:
    | { sentAt: number }
    | { droppedAt: number; lastError: string; forgetAddress?: boolean }
    | { retryAt: number; lastError: string },
): Promise<void> {
  if ('retryAt' in outcome) {
    await db
      .updateTable('accountEmails')
      .set({ dueAt: outcome.retryAt, claimedUntil: null, lastError: outcome.lastError })
      .where('id', '=', id)
      .execute();
    return;
  }
  if ('sentAt' in outcome) {
    await db.updateTable('accountEmails').set(outcome).where('id', '=', id).execute();
    return;
  }
  await db
    .updateTable('accountEmails')
    .set({
      droppedAt: outcome.droppedAt,
      lastError: outcome.lastError,
      // An address typed for a reset that no account has is nobody's to keep.
      ...(outcome.forgetAddress && { email: '' }),
    })
    .where('id', '=', id)
    .execute();
}
