import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { createGroupCommitter } from './group-commit.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const insertService = (name: string, durationMinutes = 30) =>
  t.ctx.db.transact(async (trx) => {
    await trx
      .insertInto('services')
      .values({
        name,
        description: '',
        durationMinutes,
        priceCents: 100,
        isActive: 1,
        createdAt: 0,
        updatedAt: 0,
      })
      .execute();
    return name;
  });

describe('db.transact', () => {
  it('commits every unit of a concurrent burst and answers each with its own result', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `Service ${i}`);
    expect(await Promise.all(names.map((n) => insertService(n)))).toEqual(names);
    const rows = await t.ctx.db.kysely.selectFrom('services').select('name').execute();
    expect(rows).toHaveLength(50);
  });

  it('rolls back only the unit that fails, even when it shares a commit with others', async () => {
    const results = await Promise.allSettled([
      insertService('Check-up'),
      insertService('Broken', 0), // violates the duration check
      t.ctx.db.transact(async (trx) => {
        await trx
          .insertInto('services')
          .values({
            name: 'Half-done',
            description: '',
            durationMinutes: 30,
            priceCents: 1,
            isActive: 1,
            createdAt: 0,
            updatedAt: 0,
          })
          .execute();
        throw new Error('changed my mind');
      }),
      insertService('Cleaning'),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    const rows = await t.ctx.db.kysely
      .selectFrom('services')
      .select('name')
      .orderBy('name')
      .execute();
    expect(rows.map((r) => r.name)).toEqual(['Check-up', 'Cleaning']);
  });
});

describe('group commit', () => {
  it('answers a unit only once its commit is on disk, and runs the next batch meanwhile', async () => {
    const releases: (() => void)[] = [];
    const transact = createGroupCommitter(
      t.ctx.db.kysely,
      () =>
        new Promise<void>((resolve) => {
          releases.push(resolve);
        }),
    );
    const durableCalls = () => releases.length;
    let answered = false;
    const first = transact(async () => 'first').then((value) => {
      answered = true;
      return value;
    });
    // The second batch commits while the first one's fsync is still under way.
    await expect.poll(durableCalls).toBe(1);
    const second = transact(async () => 'second');
    await expect.poll(durableCalls).toBe(2);
    expect(answered).toBe(false);
    for (const release of releases) release();
    await expect(second).resolves.toBe('second');
    await expect(first).resolves.toBe('first');
  });
});
