import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

type Work<T> = (trx: Kysely<Database>) => Promise<T>;

interface Job {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite. Units of work that arrive while a commit is under way are run
 * together in the next transaction, each inside its own savepoint, and share one commit and
 * one fsync. A unit that fails is rolled back to its savepoint alone; every caller is answered
 * only after the commit that holds its work is on disk (`durable` resolves).
 */
export function createGroupCommitter(kysely: Kysely<Database>, durable: () => Promise<void>) {
  let queue: Job[] = [];
  let flushing = false;

  async function runBatch(batch: Job[]): Promise<void> {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await kysely.transaction().execute(async (trx) => {
        for (const job of batch) {
          await sql`savepoint unit_of_work`.execute(trx);
          try {
            const value = await job.work(trx);
            await sql`release unit_of_work`.execute(trx);
            outcomes.push({ ok: true, value });
          } catch (error) {
            await sql`rollback to unit_of_work`.execute(trx);
            await sql`release unit_of_work`.execute(trx);
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      // The commit itself failed: nothing in the batch is durable, so nobody hears success.
      for (const job of batch) job.reject(error);
      return;
    }
    // The next batch runs while this one's fsync is under way; its callers hear only after.
    durable().then(
      () =>
        batch.forEach((job, index) => {
          const outcome = outcomes[index];
          if (outcome?.ok) job.resolve(outcome.value);
          else job.reject(outcome?.error);
        }),
      (error: unknown) => {
        for (const job of batch) job.reject(error);
      },
    );
  }

  async function flush(): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = queue;
        queue = [];
        await runBatch(batch);
      }
    } finally {
      flushing = false;
    }
  }

  return function transact<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!flushing) {
        flushing = true;
        // Waiting one turn of the event loop lets requests already read from their sockets
        // join this commit instead of the next one.
        setImmediate(() => void flush());
      }
    });
  };
}
