import type { AccountLinkPurpose } from '@clinic/domain';
import type { Insertable, Kysely } from 'kysely';
import { type OutboxOutcome, settleOutboxMessage } from '../../db/outbox-queries.ts';
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

/** Records what became of a claimed email; a reset's unknown address is forgotten when dropped. */
export async function settleAccountEmail(
  db: Kysely<Database>,
  id: number,
  outcome: OutboxOutcome | { droppedAt: number; lastError: string; forgetAddress: boolean },
): Promise<void> {
  if (!('forgetAddress' in outcome)) return settleOutboxMessage(db, 'accountEmails', id, outcome);
  const { forgetAddress, ...dropped } = outcome;
  await db
    .updateTable('accountEmails')
    // An address typed for a reset that no account has is nobody's to keep.
    .set({ ...dropped, ...(forgetAddress && { email: '' }) })
    .where('id', '=', id)
    .execute();
}
