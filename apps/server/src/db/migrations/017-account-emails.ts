import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

/**
 * Password reset and address confirmation by email, and each person's choice of messages.
 *
 * - `users.email_verified_at`: when the address was confirmed. Every account existing now
 *   counts as confirmed (the clinic vouched for it, or nobody could confirm anything), so it
 *   is filled with the account's creation time.
 * - `users.pending_email`: a new address a patient typed, kept beside the old one (which still
 *   signs in) until a link sent to it is opened.
 * - `account_links`: the single-use links, by the SHA-256 of their token only.
 * - `account_emails`: their outbox. A row names whom to write to, never a token: the worker
 *   makes the link while sending, so no token is ever stored in plain text.
 * - `message_preferences`: a person's choice per topic; no row means the topic's default.
 * - `clinic.unverified_patients_may_request`: whether patients with an unconfirmed address may
 *   request visits.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('users').addColumn('email_verified_at', 'bigint').execute();
  await db.schema.alterTable('users').addColumn('pending_email', 'text').execute();
  await sql`update users set email_verified_at = created_at`.execute(db);

  await db.schema
    .alterTable('clinic')
    .addColumn('unverified_patients_may_request', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await withId(db.schema.createTable('account_links'), engine)
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql`purpose in ('password_reset', 'email_verification')`),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** The address the link went to: a confirmation confirms that one only. */
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('account_links_by_user')
    .on('account_links')
    .columns(['user_id', 'purpose', 'created_at'])
    .execute();

  await withId(db.schema.createTable('account_emails'), engine)
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('password_reset', 'email_verification')`),
    )
    // A reset is asked for by address, whether or not an account has it: the worker looks.
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_until', 'bigint')
    .addColumn('sent_at', 'bigint')
    .addColumn('dropped_at', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_emails_to_send')
    .on('account_emails')
    .columns(['due_at', 'id'])
    .where(sql.ref('sent_at'), 'is', null)
    .where(sql.ref('dropped_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('account_emails_by_user')
    .on('account_emails')
    .columns(['user_id', 'kind', 'created_at'])
    .execute();

  await db.schema
    .createTable('message_preferences')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) =>
      c.notNull().check(sql`topic in ('visit_changes', 'reminders')`),
    )
    .addColumn('email', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_preferences_pk', ['user_id', 'topic'])
    .execute();
}
