import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationDatabasePerTest } from '../../test/migration-database.ts';
import { migrateToLatest } from '../migrate.ts';

const scratch = migrationDatabasePerTest();

const AT = 1_700_000_000_000;

describe('migration 021, text messages', () => {
  it('writes each typed phone in E.164 as the clinic’s country reads it, keeping what does not parse', async () => {
    await migrateToLatest(scratch.db, '019-dependants');
    const db = scratch.db.kysely;
    await sql`insert into clinic (id, name, timezone, opening_hours, reminder_lead_hours,
        created_at, updated_at)
      values (1, 'Smile', 'Europe/Lisbon', '{}', 24, ${AT}, ${AT})`.execute(db);
    const users = [
      ['owner@clinic.example', 'Olivia Owner', '', 'owner'],
      ['ana@example.com', 'Ana Lima', '911 000 000', 'patient'],
      ['ben@example.com', 'Ben Hall', '+44 20 7946 0958', 'patient'],
      ['cleo@example.com', 'Cleo Dias', '(212) 555-0100', 'patient'],
      [null, 'Dora Reis', '21 000 0000', 'patient'],
    ] as const;
    for (const [email, name, phone, role] of users) {
      await sql`insert into users (email, name, phone, phone_digits, role, created_at, updated_at)
        values (${email}, ${name}, ${phone}, ${phone.replace(/\D/g, '')}, ${role}, ${AT}, ${AT})`.execute(
        db,
      );
    }
    await sql`insert into notifications (kind, appointment_id, recipient_id, starts_at, due_at,
        sent_at, created_at)
      values ('reminder', 7, 2, ${AT}, ${AT}, ${AT}, ${AT})`.execute(db);
    await sql`insert into message_preferences (user_id, topic, email, updated_at)
      values (2, 'reminders', 0, ${AT})`.execute(db);

    await migrateToLatest(scratch.db);

    const phones = await sql<{ phone: string; phoneE164: string | null }>`
      select phone, phone_e164 from users order by id`.execute(db);
    expect(phones.rows).toEqual([
      { phone: '', phoneE164: null },
      { phone: '911 000 000', phoneE164: '+351911000000' },
      { phone: '+44 20 7946 0958', phoneE164: '+442079460958' },
      // A US number without its +1 is not a Portuguese one: kept as typed, no texts.
      { phone: '(212) 555-0100', phoneE164: null },
      { phone: '21 000 0000', phoneE164: '+351210000000' },
    ]);

    // Every message so far was an email, and stays as it was.
    const sent = await sql<{ channel: string; sentAt: number; providerMessageId: null }>`
      select channel, sent_at, provider_message_id from notifications`.execute(db);
    expect(sent.rows).toEqual([{ channel: 'email', sentAt: AT, providerMessageId: null }]);
    await expect(
      sql`insert into notifications (kind, appointment_id, recipient_id, starts_at, due_at,
          created_at, channel)
        values ('reminder', 7, 2, ${AT}, ${AT}, ${AT}, 'fax')`.execute(db),
    ).rejects.toThrow();

    // The email choice stays; texts take their default until chosen.
    const chosen = await sql`select email, sms from message_preferences`.execute(db);
    expect(chosen.rows).toEqual([{ email: 0, sms: null }]);

    // Two messages never share a provider's id; a reply is tied to a text that exists.
    await sql`update notifications set provider_message_id = 'SM1'`.execute(db);
    await expect(
      sql`insert into notifications (kind, appointment_id, recipient_id, starts_at, due_at,
          created_at, channel, provider_message_id)
        values ('reminder', 8, 2, ${AT}, ${AT}, ${AT}, 'sms', 'SM1')`.execute(db),
    ).rejects.toThrow();
    await expect(
      sql`insert into sms_replies (inbound_id, kind, to_number, due_at, created_at)
        values (99, 'opted_out', '+351911000000', ${AT}, ${AT})`.execute(db),
    ).rejects.toThrow();
  });

  it('migrates a book with no clinic yet, reading numbers as international only', async () => {
    await migrateToLatest(scratch.db, '019-dependants');
    await sql`insert into users (email, name, phone, phone_digits, role, created_at, updated_at)
      values ('ana@example.com', 'Ana', '+351 911 000 000', '351911000000', 'patient', ${AT}, ${AT})`.execute(
      scratch.db.kysely,
    );
    await migrateToLatest(scratch.db);
    const phones = await sql`select phone_e164 from users`.execute(scratch.db.kysely);
    expect(phones.rows).toEqual([{ phoneE164: '+351911000000' }]);
  });
});
