import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationDatabasePerTest } from '../../test/migration-database.ts';
import { migrateToLatest } from '../migrate.ts';

const scratch = migrationDatabasePerTest();

const AT = 1_700_000_000_000;

describe('migration 019, dependants', () => {
  it('keeps every account, session and visit, and admits a dependant without contact', async () => {
    await migrateToLatest(scratch.db, '015-clinic-contact');
    const users = [
      ['owner@clinic.example', 'Olivia Owner', '', 'owner'],
      ['ana@example.com', 'Ana Lima', '', 'patient'],
    ] as const;
    for (const [email, name, phone, role] of users) {
      await sql`insert into users (email, name, phone, role, created_at, updated_at)
        values (${email}, ${name}, ${phone}, ${role}, ${AT}, ${AT})`.execute(scratch.db.kysely);
    }
    await sql`insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
      values ('hash', 2, ${AT}, ${AT}, ${AT})`.execute(scratch.db.kysely);
    await sql`insert into appointments (patient_id, date, time, end_time, duration_minutes,
        starts_at, ends_at, status, notes, created_at, updated_at)
      values (2, '2026-12-02', '09:00', '09:30', 30, ${AT}, ${AT + 1_800_000}, 'confirmed', '',
        ${AT}, ${AT})`.execute(scratch.db.kysely);

    await migrateToLatest(scratch.db);

    const kept = await sql<{ id: number; email: string; guardianId: number | null }>`
      select id, email, guardian_id from users order by id`.execute(scratch.db.kysely);
    expect(kept.rows).toEqual([
      { id: 1, email: 'owner@clinic.example', guardianId: null },
      { id: 2, email: 'ana@example.com', guardianId: null },
    ]);
    const sessions = await sql`select user_id from sessions`.execute(scratch.db.kysely);
    expect(sessions.rows).toHaveLength(1);
    // The single-owner index came back with the table.
    await expect(
      sql`insert into users (email, name, role, created_at, updated_at)
        values ('second@clinic.example', 'Second', 'owner', ${AT}, ${AT})`.execute(
        scratch.db.kysely,
      ),
    ).rejects.toThrow();

    await sql`insert into users (email, name, role, guardian_id, created_at, updated_at)
      values (null, 'Leo Lima', 'patient', 2, ${AT}, ${AT})`.execute(scratch.db.kysely);
    // Without a guardian, an account still needs an email or a phone.
    await expect(
      sql`insert into users (email, name, role, created_at, updated_at)
        values (null, 'Nobody', 'patient', ${AT}, ${AT})`.execute(scratch.db.kysely),
    ).rejects.toThrow();
    // A dependant is a patient.
    await expect(
      sql`insert into users (email, name, role, guardian_id, created_at, updated_at)
        values ('s@clinic.example', 'Sam', 'staff', 2, ${AT}, ${AT})`.execute(scratch.db.kysely),
    ).rejects.toThrow();
    // A guardian stays a patient while they have dependants.
    await expect(
      sql`update users set role = 'staff' where id = 2`.execute(scratch.db.kysely),
    ).rejects.toThrow(/family_link/);

    // What migration 018 allowed and refused still holds on the rebuilt table: a closed
    // account goes without contact, and the audit log stays append-only for open accounts.
    await sql`insert into users (email, name, role, closed_at, created_at, updated_at)
      values (null, 'Former patient', 'patient', ${AT}, ${AT}, ${AT})`.execute(scratch.db.kysely);
    await sql`insert into audit_events (at, actor_id, subject, subject_id, subject_name, action,
        changes)
      values (${AT}, 1, 'account', 2, 'Ana Lima', 'updated', '{}')`.execute(scratch.db.kysely);
    await expect(
      sql`update audit_events set subject_name = 'Someone else'`.execute(scratch.db.kysely),
    ).rejects.toThrow();
  });
});
