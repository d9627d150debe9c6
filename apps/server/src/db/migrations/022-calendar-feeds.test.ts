import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationDatabasePerTest } from '../../test/migration-database.ts';
import { migrateToLatest } from '../migrate.ts';

const scratch = migrationDatabasePerTest();

const AT = 1_700_000_000_000;

describe('migration 022, calendar feeds', () => {
  it('keeps the clinic and its people, hiding patients’ names from dentists’ feeds until allowed', async () => {
    await migrateToLatest(scratch.db, '019-dependants');
    await sql`insert into clinic (id, name, timezone, opening_hours, reminder_lead_hours,
        created_at, updated_at)
      values (1, 'Bright Smile', 'Europe/Lisbon', '{}', 24, ${AT}, ${AT})`.execute(
      scratch.db.kysely,
    );
    await sql`insert into users (email, name, phone, role, is_dentist, created_at, updated_at)
      values ('sam@clinic.example', 'Dr. Sam Reed', '', 'staff', 1, ${AT}, ${AT}),
             ('ana@example.com', 'Ana Lima', '', 'patient', 0, ${AT}, ${AT})`.execute(
      scratch.db.kysely,
    );

    await migrateToLatest(scratch.db);

    const clinic = await sql<{ name: string; calendarFeedPatientNames: number }>`
      select name, calendar_feed_patient_names from clinic`.execute(scratch.db.kysely);
    expect(clinic.rows).toEqual([{ name: 'Bright Smile', calendarFeedPatientNames: 0 }]);
    await expect(
      sql`update clinic set calendar_feed_patient_names = 2`.execute(scratch.db.kysely),
    ).rejects.toThrow();
    const users = await sql`select id from users`.execute(scratch.db.kysely);
    expect(users.rows).toHaveLength(2);
  });

  it('keeps one live feed per person and one row per token hash, revoked ones aside', async () => {
    await migrateToLatest(scratch.db);
    await sql`insert into users (email, name, phone, role, created_at, updated_at)
      values ('ana@example.com', 'Ana Lima', '', 'patient', ${AT}, ${AT})`.execute(
      scratch.db.kysely,
    );
    const insertFeed = (hash: string, revokedAt: number | null) =>
      sql`insert into calendar_feeds (user_id, token_hash, created_at, revoked_at)
        values (1, ${hash}, ${AT}, ${revokedAt})`.execute(scratch.db.kysely);
    await insertFeed('first', AT + 1);
    await insertFeed('second', null);
    // A second live feed for the same person is refused; so is a token hash seen before.
    await expect(insertFeed('third', null)).rejects.toThrow();
    await expect(insertFeed('first', AT + 2)).rejects.toThrow();
    const feeds = await sql<{ tokenHash: string }>`
      select token_hash from calendar_feeds order by id`.execute(scratch.db.kysely);
    expect(feeds.rows.map((row) => row.tokenHash)).toEqual(['first', 'second']);
  });
});
