import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationDatabasePerTest } from '../../test/migration-database.ts';
import { migrateToLatest } from '../migrate.ts';

const scratch = migrationDatabasePerTest();

const AT = 1_700_000_000_000;

/** A book as it stood before the migration: two accounts, a session, a visit, audit entries. */
async function seedBeforeMigration(): Promise<void> {
  await migrateToLatest(scratch.db, '015-clinic-contact');
  const users = [
    ['owner@clinic.example', 'Olivia Owner', '', '', 'owner'],
    ['ana@example.com', 'Ana Lima', '912 345 678', '912345678', 'patient'],
  ] as const;
  for (const [email, name, phone, digits, role] of users) {
    await sql`insert into users (email, name, phone, phone_digits, role, created_at, updated_at)
      values (${email}, ${name}, ${phone}, ${digits}, ${role}, ${AT}, ${AT})`.execute(
      scratch.db.kysely,
    );
  }
  await sql`insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
    values ('hash', 2, ${AT}, ${AT}, ${AT})`.execute(scratch.db.kysely);
  await sql`insert into appointments (patient_id, date, time, end_time, duration_minutes,
      starts_at, ends_at, status, notes, created_at, updated_at)
    values (2, '2026-12-02', '09:00', '09:30', 30, ${AT}, ${AT + 1_800_000}, 'confirmed', '',
      ${AT}, ${AT})`.execute(scratch.db.kysely);
  for (const action of ['created', 'opened']) {
    await sql`insert into audit_events (at, actor_id, subject, subject_id, subject_name, action, changes)
      values (${AT}, 1, 'account', 2, 'Ana Lima', ${action}, '{}')`.execute(scratch.db.kysely);
  }
}

describe('migration 018, closing accounts', () => {
  it('keeps every row, id and link of the rebuilt tables, and the rules they had', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    const users = await sql`select id, email, closed_at from users order by id`.execute(
      scratch.db.kysely,
    );
    expect(users.rows).toEqual([
      { id: 1, email: 'owner@clinic.example', closedAt: null },
      { id: 2, email: 'ana@example.com', closedAt: null },
    ]);
    expect((await sql`select user_id from sessions`.execute(scratch.db.kysely)).rows).toEqual([
      { userId: 2 },
    ]);
    const audit = await sql`select id, action from audit_events order by id`.execute(
      scratch.db.kysely,
    );
    expect(audit.rows).toEqual([
      { id: 1, action: 'created' },
      { id: 2, action: 'opened' },
    ]);
    // Still refused: a second owner, a taken email, an unreachable open account.
    await expect(
      sql`insert into users (email, name, phone, role, created_at, updated_at)
        values ('x@clinic.example', 'Second', '', 'owner', ${AT}, ${AT})`.execute(
        scratch.db.kysely,
      ),
    ).rejects.toThrow();
    await expect(
      sql`update users set email = null, phone_digits = '' where id = 2`.execute(scratch.db.kysely),
    ).rejects.toThrow();
  });

  it('lets a closed account go without email or phone, and its audit entries be anonymised only', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    await expect(
      sql`update audit_events set subject_name = 'Former patient #2' where id = 1`.execute(
        scratch.db.kysely,
      ),
    ).rejects.toThrow(/append-only/);
    await sql`update users set email = null, phone = '', phone_digits = '', closed_at = ${AT}
      where id = 2`.execute(scratch.db.kysely);
    await sql`update audit_events set subject_name = 'Former patient #2', changes = '{}'
      where subject_id = 2`.execute(scratch.db.kysely);
    await expect(
      sql`update audit_events set action = 'deleted' where id = 1`.execute(scratch.db.kysely),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`delete from audit_events where id = 1`.execute(scratch.db.kysely),
    ).rejects.toThrow(/append-only/);
    const names = await sql`select subject_name from audit_events`.execute(scratch.db.kysely);
    expect(names.rows).toEqual([
      { subjectName: 'Former patient #2' },
      { subjectName: 'Former patient #2' },
    ]);
  });

  it('keeps one open request to close per patient', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    const ask = (status: string) =>
      sql`insert into closure_requests (patient_id, status, requested_at)
        values (2, ${status}, ${AT})`.execute(scratch.db.kysely);
    await ask('withdrawn');
    await ask('open');
    await ask('withdrawn');
    await expect(ask('open')).rejects.toThrow();
    await expect(ask('pending')).rejects.toThrow();
  });
});
