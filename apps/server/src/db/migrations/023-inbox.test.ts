import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationDatabasePerTest } from '../../test/migration-database.ts';
import { migrateToLatest } from '../migrate.ts';

const scratch = migrationDatabasePerTest();

const AT = 1_700_000_000_000;

/** A book as it stood before the bell: an owner, a patient and a visit of theirs. */
async function seedBeforeMigration(): Promise<void> {
  await migrateToLatest(scratch.db, '019-dependants');
  const users = [
    ['owner@clinic.example', 'Olivia Owner', 'owner'],
    ['ana@example.com', 'Ana Lima', 'patient'],
  ] as const;
  for (const [email, name, role] of users) {
    await sql`insert into users (email, name, phone, role, created_at, updated_at)
      values (${email}, ${name}, '', ${role}, ${AT}, ${AT})`.execute(scratch.db.kysely);
  }
  await sql`insert into appointments (patient_id, date, time, end_time, duration_minutes,
      starts_at, ends_at, status, notes, created_at, updated_at)
    values (2, '2026-12-02', '09:00', '09:30', 30, ${AT}, ${AT + 1_800_000}, 'pending', '',
      ${AT}, ${AT})`.execute(scratch.db.kysely);
}

const addItem = (fields: { userId?: number; kind?: string; patientId?: number | null } = {}) =>
  sql`insert into inbox_items (user_id, kind, appointment_id, patient_id, actor_id, payload,
      created_at)
    values (${fields.userId ?? 1}, ${fields.kind ?? 'request_received'}, 1,
      ${fields.patientId === undefined ? 2 : fields.patientId}, 2,
      '{"date":"2026-12-02","time":"09:00"}', ${AT})`.execute(scratch.db.kysely);

describe('migration 023, the notification bell', () => {
  it('keeps the book as it was and starts every bell empty', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    const users = await sql`select id, name from users order by id`.execute(scratch.db.kysely);
    expect(users.rows).toEqual([
      { id: 1, name: 'Olivia Owner' },
      { id: 2, name: 'Ana Lima' },
    ]);
    const visits = await sql`select id, status from appointments`.execute(scratch.db.kysely);
    expect(visits.rows).toEqual([{ id: 1, status: 'pending' }]);
    const items = await sql`select count(*) as n from inbox_items`.execute(scratch.db.kysely);
    expect(items.rows.map((r) => Number((r as { n: unknown }).n))).toEqual([0]);
  });

  it('holds items of the known kinds for existing people, unread until read', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    await addItem();
    await addItem({ userId: 2, kind: 'appointment_confirmed' });
    await addItem({ kind: 'patient_message', patientId: null });
    const rows = await sql<{ userId: number; kind: string; readAt: number | null }>`
      select user_id, kind, read_at from inbox_items order by id`.execute(scratch.db.kysely);
    expect(rows.rows).toEqual([
      { userId: 1, kind: 'request_received', readAt: null },
      { userId: 2, kind: 'appointment_confirmed', readAt: null },
      { userId: 1, kind: 'patient_message', readAt: null },
    ]);
    await expect(addItem({ kind: 'reminder' })).rejects.toThrow();
    await expect(addItem({ userId: 99 })).rejects.toThrow();
    await expect(addItem({ patientId: 99 })).rejects.toThrow();
  });

  it('counts a person’s unread items from the index kept for it', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    const indexes =
      scratch.db.engine === 'postgres'
        ? await sql<{ name: string }>`select indexname as name from pg_indexes
            where tablename = 'inbox_items'`.execute(scratch.db.kysely)
        : await sql<{ name: string }>`select name from sqlite_master
            where type = 'index' and tbl_name = 'inbox_items'`.execute(scratch.db.kysely);
    expect(indexes.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['inbox_items_by_user', 'inbox_items_unread']),
    );
    if (scratch.db.engine === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan
        select count(*) from inbox_items where user_id = 1 and read_at is null`.execute(
        scratch.db.kysely,
      );
      expect(plan.rows.map((r) => r.detail).join(' ')).toContain('inbox_items_unread');
    }
  });
});
