import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedByShape } from './prepared.ts';
import type { Database } from './schema.ts';

const db = new Kysely<Database>({
  dialect: new SqliteDialect({ database: new SQLite(':memory:') }),
});
afterAll(() => db.destroy());

interface Filter {
  name?: string;
  minutes?: number;
}

const build = (k: Kysely<Database>, filter: Filter) => {
  let query = k.selectFrom('services').select('id');
  if (filter.minutes !== undefined) query = query.where('durationMinutes', '=', filter.minutes);
  if (filter.name !== undefined) query = query.where('name', '=', filter.name);
  return query;
};
const shape = (filter: Filter) => `${filter.name !== undefined},${filter.minutes !== undefined}`;

describe('preparedByShape', () => {
  it('compiles a shape once and binds each call’s own values', () => {
    const query = preparedByShape(build, shape, (f) => [
      ...(f.minutes !== undefined ? [f.minutes] : []),
      ...(f.name !== undefined ? [f.name] : []),
    ]);
    const first = query(db, { name: 'Cleaning', minutes: 30 });
    const second = query(db, { name: 'Whitening', minutes: 60 });
    expect(second.sql).toBe(first.sql);
    expect(second.parameters).toEqual([60, 'Whitening']);
    expect(query(db, { name: 'Cleaning' }).parameters).toEqual(['Cleaning']);
  });

  it('refuses values listed in a different order from the query’s', () => {
    const query = preparedByShape(build, shape, (f) => [
      ...(f.name !== undefined ? [f.name] : []),
      ...(f.minutes !== undefined ? [f.minutes] : []),
    ]);
    expect(() => query(db, { name: 'Cleaning', minutes: 30 })).toThrow(/disagrees/);
  });
});
