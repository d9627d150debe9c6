import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationDatabasePerTest } from '../../test/migration-database.ts';
import { migrateToLatest } from '../migrate.ts';

const scratch = migrationDatabasePerTest();

const AT = 1_700_000_000_000;

describe('migration 017, account emails', () => {
  it('counts every account from before it as confirmed, and lets unconfirmed patients request', async () => {
    await migrateToLatest(scratch.db, '015-clinic-contact');
    await sql`insert into users (email, name, phone, phone_digits, role, created_at, updated_at)
      values ('ana@example.com', 'Ana Lima', '', '', 'patient', ${AT}, ${AT}),
             (null, 'Rosa Pires', '912 345 678', '912345678', 'patient', ${AT + 1}, ${AT + 1})`.execute(
      scratch.db.kysely,
    );
    await sql`insert into clinic (id, name, timezone, opening_hours, reminder_lead_hours,
        created_at, updated_at)
      values (1, 'Bright Smile', 'UTC', '{}', 24, ${AT}, ${AT})`.execute(scratch.db.kysely);

    await migrateToLatest(scratch.db);

    const users = await sql<{ emailVerifiedAt: number | string; pendingEmail: string | null }>`
      select email_verified_at, pending_email from users order by id`.execute(scratch.db.kysely);
    expect(users.rows.map((u) => [Number(u.emailVerifiedAt), u.pendingEmail])).toEqual([
      [AT, null],
      [AT + 1, null],
    ]);
    const clinic = await sql<{ unverifiedPatientsMayRequest: number }>`
      select unverified_patients_may_request from clinic`.execute(scratch.db.kysely);
    expect(clinic.rows).toEqual([{ unverifiedPatientsMayRequest: 1 }]);
  });

  it('keeps one link per token hash', async () => {
    await migrateToLatest(scratch.db);
    await sql`insert into users (email, name, phone, role, created_at, updated_at)
      values ('ana@example.com', 'Ana Lima', '', 'patient', ${AT}, ${AT})`.execute(
      scratch.db.kysely,
    );
    const insertLink = () =>
      sql`insert into account_links (purpose, token_hash, user_id, email, created_at, expires_at)
        values ('password_reset', 'same-hash', 1, 'ana@example.com', ${AT}, ${AT + 1})`.execute(
        scratch.db.kysely,
      );
    await insertLink();
    await expect(insertLink()).rejects.toThrow();
  });
});
