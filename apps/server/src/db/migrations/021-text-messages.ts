import { phoneCountryForTimeZone, phoneE164 } from '@clinic/domain';
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

/**
 * Text messages (decision 041).
 *
 * - `users.phone_e164`: the phone in E.164, the one form a text provider takes, beside the
 *   number as typed (which the team reads back and searches). Existing numbers are converted
 *   reading national ones as the country of the clinic's stored time zone; a number that does
 *   not parse is kept as typed with no E.164 form, and receives no texts.
 * - `notifications.channel` (`email` until now, or `sms`) and what became of each message:
 *   `sent_to` (the address or number it went to), `provider_message_id` (the provider's `SM…`,
 *   by which status callbacks find it), `delivery_status` (the provider's last word, or
 *   `failed` when sending gave up on a refusal), `delivery_error_code`, `delivered_at`.
 * - `message_preferences.sms`: the choice for texts per topic; null takes the default.
 * - `sms_inbound`: texts patients sent back, what they asked for and what was done; those a
 *   person must read wait for the front desk until marked handled.
 * - `sms_replies`: the outbox of the clinic's short answers to them.
 * - `signing_keys`: random keys the server signs links with (unsubscribe links), made once.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('users').addColumn('phone_e164', 'text').execute();
  await fillPhoneE164(db);
  await db.schema.createIndex('users_phone_e164').on('users').column('phone_e164').execute();

  await db.schema
    .alterTable('notifications')
    .addColumn('channel', 'text', (c) =>
      c.notNull().defaultTo('email').check(sql`channel in ('email', 'sms')`),
    )
    .execute();
  for (const [column, type] of [
    ['sent_to', 'text'],
    ['provider_message_id', 'text'],
    ['delivery_status', 'text'],
    ['delivery_error_code', 'text'],
    ['delivered_at', 'bigint'],
  ] as const) {
    await db.schema.alterTable('notifications').addColumn(column, type).execute();
  }
  await db.schema
    .createIndex('notifications_by_provider_id')
    .on('notifications')
    .column('provider_message_id')
    .unique()
    .where(sql.ref('provider_message_id'), 'is not', null)
    .execute();
  // A reply finds the latest text sent to the number it comes from.
  await db.schema
    .createIndex('notifications_sms_by_number')
    .on('notifications')
    .columns(['sent_to', 'sent_at'])
    .where(sql.ref('channel'), '=', 'sms')
    .execute();

  await db.schema.alterTable('message_preferences').addColumn('sms', 'integer').execute();

  await withId(db.schema.createTable('sms_inbound'), engine)
    .addColumn('provider_message_id', 'text', (c) => c.notNull().unique())
    .addColumn('from_number', 'text', (c) => c.notNull())
    .addColumn('to_number', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    // No foreign key, as for the outbox: the message stays if the visit is deleted.
    .addColumn('appointment_id', 'integer')
    .addColumn('intent', 'text', (c) =>
      c.notNull().check(sql`intent in ('confirm', 'cancel', 'opt_out', 'opt_in', 'other')`),
    )
    .addColumn('outcome', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`outcome in ('confirmed', 'cancelled', 'too_late', 'not_possible', 'recorded', 'forwarded', 'opted_out', 'opted_in', 'unknown_sender', 'no_visit')`,
        ),
    )
    .addColumn('needs_attention', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`needs_attention between 0 and 1`),
    )
    .addColumn('handled_at', 'bigint')
    .addColumn('handled_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('sms_inbound_waiting')
    .on('sms_inbound')
    .columns(['received_at', 'id'])
    .where(sql.ref('needs_attention'), '=', 1)
    .execute();
  await db.schema.createIndex('sms_inbound_by_user').on('sms_inbound').column('user_id').execute();

  await withId(db.schema.createTable('sms_replies'), engine)
    .addColumn('inbound_id', 'integer', (c) =>
      c.notNull().references('sms_inbound.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('reply_confirmed', 'reply_cancelled', 'reply_too_late', 'reply_received', 'opted_out', 'opted_in')`,
        ),
    )
    .addColumn('to_number', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('appointment_id', 'integer')
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_until', 'bigint')
    .addColumn('sent_at', 'bigint')
    .addColumn('dropped_at', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('delivery_status', 'text')
    .addColumn('delivery_error_code', 'text')
    .addColumn('delivered_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sms_replies_to_send')
    .on('sms_replies')
    .columns(['due_at', 'id'])
    .where(sql.ref('sent_at'), 'is', null)
    .where(sql.ref('dropped_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('sms_replies_by_provider_id')
    .on('sms_replies')
    .column('provider_message_id')
    .unique()
    .where(sql.ref('provider_message_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('signing_keys')
    .addColumn('purpose', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

/** Each typed number in E.164, read as the clinic's country's when it is national. */
async function fillPhoneE164(db: Kysely<unknown>): Promise<void> {
  const { rows: clinics } = await sql<{ timezone: string }>`
    select timezone from clinic`.execute(db);
  const country = phoneCountryForTimeZone(clinics[0]?.timezone ?? 'UTC');
  const { rows } = await sql<{ id: number; phone: string }>`
    select id, phone from users where phone <> ''`.execute(db);
  for (const { id, phone } of rows) {
    const e164 = phoneE164(phone, country);
    if (e164 === null) continue;
    await sql`update users set phone_e164 = ${e164} where id = ${id}`.execute(db);
  }
}
