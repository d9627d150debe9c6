import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationDatabasePerTest } from '../../test/migration-database.ts';
import { migrateToLatest } from '../migrate.ts';

const scratch = migrationDatabasePerTest();

const AT = 1_700_000_000_000;
const STARTS_AT = AT + 86_400_000;

async function bookOneVisit() {
  await sql`insert into users (email, name, phone, role, created_at, updated_at)
    values ('ana@example.com', 'Ana Lima', '', 'patient', ${AT}, ${AT})`.execute(scratch.db.kysely);
  await sql`insert into appointments (patient_id, date, time, end_time, duration_minutes,
      starts_at, ends_at, status, notes, created_at, updated_at)
    values (1, '2023-11-15', '22:13', '22:43', 30, ${STARTS_AT}, ${STARTS_AT + 1_800_000},
      'confirmed', '', ${AT}, ${AT})`.execute(scratch.db.kysely);
}

const insertLink = (hash: string, answer: string | null = null) =>
  sql`insert into visit_links (token_hash, appointment_id, patient_id, created_at, expires_at,
      answer)
    values (${hash}, 1, 1, ${AT}, ${STARTS_AT}, ${answer})`.execute(scratch.db.kysely);

describe('migration 020, visit answers', () => {
  it('keeps every visit, none of them confirmed by its patient yet', async () => {
    await migrateToLatest(scratch.db, '019-dependants');
    await bookOneVisit();

    await migrateToLatest(scratch.db);

    const visits = await sql<{ id: number; status: string; patientConfirmedAt: unknown }>`
      select id, status, patient_confirmed_at from appointments`.execute(scratch.db.kysely);
    expect(visits.rows).toEqual([{ id: 1, status: 'confirmed', patientConfirmedAt: null }]);
  });

  it('keeps one link per token hash, takes only the two answers, and drops links with their visit', async () => {
    await migrateToLatest(scratch.db);
    await bookOneVisit();
    await insertLink('hash-a');
    await expect(insertLink('hash-a')).rejects.toThrow();
    await expect(insertLink('hash-b', 'maybe')).rejects.toThrow();
    await insertLink('hash-c', 'cancel');

    await sql`delete from appointments where id = 1`.execute(scratch.db.kysely);
    const left = await sql`select id from visit_links`.execute(scratch.db.kysely);
    expect(left.rows).toEqual([]);
  });
});
