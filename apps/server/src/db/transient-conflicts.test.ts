import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe.skipIf(loadConfig().databaseUrl === undefined)('db.transact on PostgreSQL', () => {
  it('runs again a transaction aborted for a deadlock, so both callers succeed', async () => {
    const db = t.ctx.db.kysely;
    const [first, second] = await db
      .insertInto('services')
      .values(
        ['Scaling', 'Polishing'].map((name) => ({
          name,
          description: '',
          durationMinutes: 30,
          priceCents: 100,
          isActive: 1,
          createdAt: 0,
          updatedAt: 0,
        })),
      )
      .returning('id')
      .execute();
    if (!first || !second) throw new Error('services not created');
    // Each transaction locks one row, waits until the other has locked its own, then asks for
    // the other's row: a deadlock PostgreSQL resolves by aborting one of the two.
    let bothLocked: () => void = () => {};
    let locked = 0;
    const barrier = new Promise<void>((resolve) => {
      bothLocked = resolve;
    });
    const crossUpdate = (mine: number, theirs: number) =>
      t.ctx.db.transact(async (trx) => {
        await trx.updateTable('services').set({ priceCents: 200 }).where('id', '=', mine).execute();
        locked += 1;
        if (locked === 2) bothLocked();
        await barrier;
        await trx
          .updateTable('services')
          .set({ priceCents: 300 })
          .where('id', '=', theirs)
          .execute();
        return mine;
      });
    const outcomes = await Promise.allSettled([
      crossUpdate(first.id, second.id),
      crossUpdate(second.id, first.id),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
  });
});
