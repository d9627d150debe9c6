import type { CreateTableBuilder } from 'kysely';
import type { Engine } from '../connect.ts';

/**
 * An id that is never reused: SQLite's AUTOINCREMENT and PostgreSQL's identity both keep
 * counting past deleted rows, so history that names a deleted record cannot point at a new one.
 */
export function withId<T extends string>(
  table: CreateTableBuilder<T, never>,
  engine: Engine,
): CreateTableBuilder<T, 'id'> {
  return engine === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
