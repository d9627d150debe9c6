import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createScratchDatabase } from '../../test/test-app.ts';
import { connectDatabase, type Db } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';

let db: Db;
let cleanUp: () => Promise<void>;

beforeEach(async () => {
  const { databaseUrl } = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-migration-'));
  const scratch = databaseUrl ? await createScratchDatabase(databaseUrl) : undefined;
  db = connectDatabase({ dataDir, databaseUrl: scratch?.url });
  cleanUp = async () => {
    await db.close();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
});
afterEach(() => cleanUp());

const AT = 1_700_000_000_000;

describe('migration 017, account emails', () => {
  it('counts every account from before it as confirmed, and lets unconfirmed patients request', async () => {
    await migrateToLatest(db, '015-clinic-contact');
    await sql`insert into users (email, name, phone, phone_digits, role, created_at, updated_at)
      values ('ana@example.com', 'Ana Lima', '', '', 'patient', ${AT}, ${AT}),
             (null, 'Rosa Pires', '912 345 678', '912345678', 'patient', ${AT + 1}, ${AT + 1})`.execute(
      db.kysely,
    );
    await sql`insert into clinic (id, name, timezone, opening_hours, reminder_lead_hours,
        created_at, updated_at)
      values (1, 'Bright Smile', 'UTC', '{}', 24, ${AT}, ${AT})`.execute(db.kysely);

    await migrateToLatest(db);

    const users = await sql<{ emailVerifiedAt: number | string; pendingEmail: string | null }>`
      select email_verified_at, pending_email from users order by id`.execute(db.kysely);
    expect(users.rows.map((u) => [Number(u.emailVerifiedAt), u.pendingEmail])).toEqual([
      [AT, null],
      [AT + 1, null],
    ]);
    const clinic = await sql<{ unverifiedPatientsMayRequest: number }>`
      select unverified_patients_may_request from clinic`.execute(db.kysely);
    expect(clinic.rows).toEqual([{ unverifiedPatientsMayRequest: 1 }]);
  });

  it('keeps one link per token hash', async () => {
    await migrateToLatest(db);
    await sql`insert into users (email, name, phone, role, created_at, updated_at)
      values ('ana@example.com', 'Ana Lima', '', 'patient', ${AT}, ${AT})`.execute(db.kysely);
    const insertLink = () =>
      sql`insert into account_links (purpose, token_hash, user_id, email, created_at, expires_at)
        values ('password_reset', 'same-hash', 1, 'ana@example.com', ${AT}, ${AT + 1})`.execute(
        db.kysely,
      );
    await insertLink();
    await expect(insertLink()).rejects.toThrow();
  });
});
