import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema.ts';

/** The tables of messages waiting to be sent: each carries the outbox columns below. */
export type OutboxTable = 'notifications' | 'accountEmails' | 'smsReplies';

interface OutboxColumns {
  id: number;
  dueAt: number;
  attempts: number;
  claimedUntil: number | null;
  sentAt: number | null;
  droppedAt: number | null;
  lastError: string | null;
}

/** One message of an outbox table, as claimed. */
export type OutboxMessage<T extends OutboxTable> = Selectable<Database[T]>;

export type OutboxOutcome =
  | { sentAt: number }
  | { droppedAt: number; lastError: string | null }
  | { retryAt: number; lastError: string };

/**
 * Every outbox table seen as just its outbox columns. The queries below read and write only
 * those, which each table declares with the same types, so the narrower view is sound and one
 * query serves every outbox.
 */
function outboxes(db: Kysely<Database>): Kysely<Record<OutboxTable, OutboxColumns>> {
  return db as unknown as Kysely<Record<OutboxTable, OutboxColumns>>;
}

/** Ids of messages due by `now` that nobody is sending, oldest due first. */
export async function dueOutboxIds(
  db: Kysely<Database>,
  table: OutboxTable,
  now: number,
  limit: number,
): Promise<number[]> {
  const rows = await outboxes(db)
    .selectFrom(table)
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

/**
 * Takes a message for `leaseMs`, counting the attempt, and returns it. Of several servers
 * racing for the same message only one wins: the update matches only while nobody holds it.
 */
export async function claimOutboxMessage<T extends OutboxTable>(
  db: Kysely<Database>,
  table: T,
  id: number,
  now: number,
  leaseMs: number,
): Promise<OutboxMessage<T> | undefined> {
  const outboxTable: OutboxTable = table;
  const claimed = await outboxes(db)
    .updateTable(outboxTable)
    .set((eb) => ({ claimedUntil: now + leaseMs, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('sentAt', 'is', null)
    .where('droppedAt', 'is', null)
    .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', now)]))
    .returningAll()
    .executeTakeFirst();
  // The row is the whole row of `table`, of which the view above named only some columns.
  return claimed as OutboxMessage<T> | undefined;
}

/** Records what became of a claimed message: sent, given up, or to be tried again later. */
export async function settleOutboxMessage(
  db: Kysely<Database>,
  table: OutboxTable,
  id: number,
  outcome: OutboxOutcome,
): Promise<void> {
  const set =
    'retryAt' in outcome
      ? { dueAt: outcome.retryAt, claimedUntil: null, lastError: outcome.lastError }
      : outcome;
  await outboxes(db).updateTable(table).set(set).where('id', '=', id).execute();
}
