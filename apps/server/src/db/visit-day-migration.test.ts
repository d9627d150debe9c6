import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createScratchDatabase } from '../test/test-app.ts';
import { connectDatabase, type Db } from './connect.ts';
import { migrateToLatest, migrateUpTo } from './migrate.ts';

/*
 * Migration 012 widens the appointment statuses; on SQLite that rebuilds the table. An
 * installation upgraded with appointments in its book keeps them, their ids, and the counter
 * that never gives a deleted appointment's id again.
 */
let db: Db;
let cleanUp: () => Promise<void>;
beforeEach(async () => {
  const base = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-migration-'));
  const scratch = base.databaseUrl ? await createScratchDatabase(base.databaseUrl) : undefined;
  db = connectDatabase({ dataDir, databaseUrl: scratch?.url });
  cleanUp = async () => {
    await db.close();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
});
afterEach(() => cleanUp());

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-25T09:00:00.000Z');

async function insertVisit(patientId: number, dentistId: number, hour: number, status: string) {
  const { rows } = await sql<{ id: number }>`
    insert into appointments (patient_id, dentist_id, date, time, end_time, duration_minutes,
      starts_at, ends_at, status, created_at, updated_at)
    values (${patientId}, ${dentistId}, '2026-11-25', ${`${hour}:00`}, ${`${hour}:30`}, 30,
      ${T0 + (hour - 9) * HOUR}, ${T0 + (hour - 9) * HOUR + HOUR / 2}, ${status}, ${T0}, ${T0})
    returning id`.execute(db.kysely);
  return rows[0]?.id ?? 0;
}

it('keeps an older book’s appointments and ids, and holds arrived and seated slots', async () => {
  await migrateUpTo(db, '011-availability');
  const { rows: users } = await sql<{ id: number }>`
    insert into users (email, password_hash, name, role, is_dentist, created_at, updated_at)
    values ('d@example.com', 'x', 'Dr. D', 'staff', 1, 0, 0),
           ('p@example.com', 'x', 'P', 'patient', 0, 0, 0)
    returning id`.execute(db.kysely);
  const [dentist, patient] = users.map((u) => u.id) as [number, number];
  const kept = await insertVisit(patient, dentist, 9, 'confirmed');
  const deleted = await insertVisit(patient, dentist, 10, 'completed');
  await sql`delete from appointments where id = ${deleted}`.execute(db.kysely);

  await migrateToLatest(db);

  const { rows } = await sql<{ id: number; status: string; version: number }>`
    select id, status, version from appointments`.execute(db.kysely);
  expect(rows).toEqual([{ id: kept, status: 'confirmed', version: 1 }]);
  const next = await insertVisit(patient, dentist, 11, 'confirmed');
  expect(next).toBeGreaterThan(deleted);

  await sql`update appointments set status = 'arrived', arrived_at = ${T0} where id = ${kept}`.execute(
    db.kysely,
  );
  // The overlap rule counts an arrived visit as holding its slot.
  await expect(insertVisit(patient, dentist, 9, 'confirmed')).rejects.toThrow();
});
