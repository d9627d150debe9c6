import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const serviceNames = () =>
  t.ctx.db.selectTuples(
    t.ctx.db.kysely
      .selectFrom('services')
      .select(['name', 'durationMinutes'])
      .orderBy('name')
      .compile(),
  );

describe('db.selectTuples', () => {
  it('returns each row as its columns in select order', async () => {
    await t.ctx.db.kysely
      .insertInto('services')
      .values({
        name: 'Whitening',
        description: '',
        durationMinutes: 60,
        priceCents: 1,
        isActive: 1,
        createdAt: 0,
        updatedAt: 0,
      })
      .execute();
    expect(await serviceNames()).toEqual([['Whitening', 60]]);
  });

  it('never sees the rows of a transaction that has not committed yet', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const writing = t.ctx.db.transact(async (trx) => {
      await trx
        .insertInto('services')
        .values({
          name: 'Sealant',
          description: '',
          durationMinutes: 20,
          priceCents: 1,
          isActive: 1,
          createdAt: 0,
          updatedAt: 0,
        })
        .execute();
      await gate;
      throw new Error('rolled back');
    });
    // Let the transaction begin and insert before reading.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const reading = serviceNames();
    release();
    await expect(writing).rejects.toThrow('rolled back');
    expect(await reading).toEqual([]);
  });
});
