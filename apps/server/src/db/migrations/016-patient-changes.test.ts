import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationDatabasePerTest } from '../../test/migration-database.ts';
import { migrateToLatest } from '../migrate.ts';

const scratch = migrationDatabasePerTest();

const AT = 1_700_000_000_000;

/** A clinic as it stood before the migration: its settings, a patient and two queued emails. */
async function seedBeforeMigration(): Promise<void> {
  await migrateToLatest(scratch.db, '015-clinic-contact');
  await sql`insert into clinic (id, name, timezone, opening_hours, reminder_lead_hours, created_at, updated_at)
    values (1, 'Bright Smile', 'Europe/Lisbon', '{}', 24, ${AT}, ${AT})`.execute(scratch.db.kysely);
  await sql`insert into users (email, name, phone, role, created_at, updated_at)
    values ('ana@example.com', 'Ana Lima', '', 'patient', ${AT}, ${AT})`.execute(scratch.db.kysely);
  for (const kind of ['request_received', 'reminder']) {
    await sql`insert into notifications (kind, appointment_id, recipient_id, starts_at, due_at, created_at)
      values (${kind}, 7, 1, ${AT}, ${AT}, ${AT})`.execute(scratch.db.kysely);
  }
  // The outbox's counter stands past a deleted message, whose id is never to be given again.
  await sql`delete from notifications where kind = 'reminder'`.execute(scratch.db.kysely);
}

const queue = (kind: string) =>
  sql`insert into notifications (kind, appointment_id, recipient_id, starts_at, due_at, created_at)
    values (${kind}, 7, 1, ${AT}, ${AT}, ${AT})`.execute(scratch.db.kysely);

describe('migration 016, patients changing their visits', () => {
  it('gives the clinic a 24-hour cut-off and moved confirmed visits asking again', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    const clinic = await sql`
      select patient_change_cutoff_hours, patients_move_confirmed from clinic`.execute(
      scratch.db.kysely,
    );
    expect(clinic.rows).toEqual([{ patientChangeCutoffHours: 24, patientsMoveConfirmed: 0 }]);
  });

  it('keeps the settings within what the API accepts', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    for (const hours of [0, 720]) {
      await sql`update clinic set patient_change_cutoff_hours = ${hours}`.execute(
        scratch.db.kysely,
      );
    }
    await expect(
      sql`update clinic set patient_change_cutoff_hours = 721`.execute(scratch.db.kysely),
    ).rejects.toThrow();
    await expect(
      sql`update clinic set patient_change_cutoff_hours = -1`.execute(scratch.db.kysely),
    ).rejects.toThrow();
    await expect(
      sql`update clinic set patients_move_confirmed = 2`.execute(scratch.db.kysely),
    ).rejects.toThrow();
  });

  it('keeps the queued emails and their ids, and takes the two new kinds but no others', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    const kept = await sql`select id, kind from notifications`.execute(scratch.db.kysely);
    expect(kept.rows).toEqual([{ id: 1, kind: 'request_received' }]);
    await queue('patient_cancelled');
    await queue('patient_moved');
    await expect(queue('patient_waved')).rejects.toThrow();
    const ids = await sql<{ id: number }>`select id from notifications order by id`.execute(
      scratch.db.kysely,
    );
    expect(ids.rows.map((row) => row.id)).toEqual([1, 3, 4]);
  });

  it('keeps the outbox’s link to its recipients and the index the sender reads', async () => {
    await seedBeforeMigration();
    await migrateToLatest(scratch.db);
    await expect(
      sql`insert into notifications (kind, appointment_id, recipient_id, starts_at, due_at, created_at)
        values ('patient_moved', 7, 99, ${AT}, ${AT}, ${AT})`.execute(scratch.db.kysely),
    ).rejects.toThrow();
    const indexes =
      scratch.db.engine === 'postgres'
        ? await sql<{ name: string }>`
            select indexname as name from pg_indexes where tablename = 'notifications'`.execute(
            scratch.db.kysely,
          )
        : await sql<{ name: string }>`
            select name from sqlite_master where type = 'index' and tbl_name = 'notifications'`.execute(
            scratch.db.kysely,
          );
    expect(indexes.rows.map((row) => row.name)).toEqual(
      expect.arrayContaining(['notifications_to_send', 'notifications_by_appointment']),
    );
  });
});
