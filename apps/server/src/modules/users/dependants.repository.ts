import { type Kysely, sql } from 'kysely';
import type { Engine } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';
import { toUser, type User } from './users.model.ts';
import { PUBLIC_COLUMNS } from './users.repository.ts';

/** A guardian's dependants, by name. */
export async function listDependants(db: Kysely<Database>, guardianId: number): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .select(PUBLIC_COLUMNS)
    .where('guardianId', '=', guardianId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toUser);
}

export async function dependantIds(db: Kysely<Database>, guardianId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('guardianId', '=', guardianId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function countDependants(db: Kysely<Database>, guardianId: number): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('guardianId', '=', guardianId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The names of these guardians, by id, for the lists that show whose dependant someone is. */
export async function namesOf(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

const FAMILY_LOCK = 3;

/**
 * Queues, on PostgreSQL, every change of who is whose dependant, so two links made at once (A
 * under B and B under A) are checked one after the other. They are rare; one lock serves all.
 * SQLite's single writer needs none.
 */
export async function lockFamilies(trx: Kysely<Database>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${FAMILY_LOCK}, 0)`.execute(trx);
}

/** Whether the database refused a family link (migration 019's trigger and checks). */
export function isFamilyLinkRefusal(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.message.includes('family_link') || error.message.includes('users_dependant_is_patient'))
  );
}
