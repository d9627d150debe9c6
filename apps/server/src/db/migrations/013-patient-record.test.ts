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

/** A book as it stood before the migration: accounts, a session, a visit, an audit entry. */
async function seedBeforeMigration(): Promise<void> {
  await migrateToLatest(db, '011-availability');
  // Numbered 1 and 2 by the fresh database, as the rows below expect.
  const users = [
    ['owner@clinic.example', 'Olivia Owner', '', 'owner'],
    ['ana@example.com', 'Ana Lima', '+351 (91) 100-2000', 'patient'],
  ] as const;
  for (const [email, name, phone, role] of users) {
    await sql`insert into users (email, name, phone, role, created_at, updated_at)
      values (${email}, ${name}, ${phone}, ${role}, ${AT}, ${AT})`.execute(db.kysely);
  }
  await sql`insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
    values ('hash', 2, ${AT}, ${AT}, ${AT})`.execute(db.kysely);
  await sql`insert into appointments (patient_id, date, time, end_time, duration_minutes,
      starts_at, ends_at, status, notes, created_at, updated_at)
    values (2, '2026-12-02', '09:00', '09:30', 30, ${AT}, ${AT + 1_800_000}, 'confirmed', '',
      ${AT}, ${AT})`.execute(db.kysely);
  await sql`insert into audit_events (at, actor_id, subject, subject_id, subject_name, action, changes)
    values (${AT}, 1, 'account', 2, 'Ana Lima', 'created', '{}')`.execute(db.kysely);
}

describe('migration 013, the patient record', () => {
  it('keeps every row, id and link, and fills the phones’ digits', async () => {
    await seedBeforeMigration();
    await migrateToLatest(db);
    // Read back through the app's connection, which names columns in camelCase.
    const users = await sql<{ id: number; email: string; phoneDigits: string }>`
      select id, email, phone_digits from users order by id`.execute(db.kysely);
    expect(users.rows).toEqual([
      { id: 1, email: 'owner@clinic.example', phoneDigits: '' },
      { id: 2, email: 'ana@example.com', phoneDigits: '351911002000' },
    ]);
    const sessions = await sql`select user_id from sessions`.execute(db.kysely);
    expect(sessions.rows).toEqual([{ userId: 2 }]);
    const audit = await sql`select id, action from audit_events`.execute(db.kysely);
    expect(audit.rows).toEqual([{ id: 1, action: 'created' }]);
  });

  it('lets patients go without an email, many of them, but never staff or the unreachable', async () => {
    await seedBeforeMigration();
    await migrateToLatest(db);
    const insert = (name: string, role: string, phone: string, digits: string) =>
      sql`insert into users (email, name, phone, phone_digits, role, created_at, updated_at)
        values (null, ${name}, ${phone}, ${digits}, ${role}, ${AT}, ${AT})`.execute(db.kysely);
    await insert('Rosa', 'patient', '912 345 678', '912345678');
    await insert('Rui', 'patient', '912 345 679', '912345679');
    await expect(insert('Sam', 'staff', '912 345 670', '912345670')).rejects.toThrow();
    await expect(insert('Nobody', 'patient', '', '')).rejects.toThrow();
  });

  it('keeps the rules the rebuilt tables had: one owner, unique emails, links, append-only log', async () => {
    await seedBeforeMigration();
    await migrateToLatest(db);
    await expect(
      sql`insert into users (email, name, role, created_at, updated_at)
        values ('second@clinic.example', 'Second', 'owner', ${AT}, ${AT})`.execute(db.kysely),
    ).rejects.toThrow();
    await expect(
      sql`insert into users (email, name, role, created_at, updated_at)
        values ('ana@example.com', 'Copy', 'patient', ${AT}, ${AT})`.execute(db.kysely),
    ).rejects.toThrow();
    await expect(
      sql`insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
        values ('other', 99, ${AT}, ${AT}, ${AT})`.execute(db.kysely),
    ).rejects.toThrow();
    await expect(sql`delete from users where id = 2`.execute(db.kysely)).rejects.toThrow();
    await expect(
      sql`update audit_events set action = 'opened'`.execute(db.kysely),
    ).rejects.toThrow();
    await sql`insert into audit_events (at, actor_id, subject, subject_id, subject_name, action, changes)
      values (${AT}, 1, 'account', 2, 'Ana Lima', 'opened', '{}')`.execute(db.kysely);
  });
});
