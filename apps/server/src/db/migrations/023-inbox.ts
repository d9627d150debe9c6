import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

/**
 * The bell's items (decision 043): one row per person told, so each reads their own. Written
 * in the transaction of the change they tell of. People are named by id and their names read
 * when shown, so a closed account reads "Former patient #id" here too; the payload holds only
 * what the row cannot point at (the visit's time when it changed, a patient's message). The
 * check spells out INBOX_KINDS of the domain package as they are today.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('inbox_items'), engine)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('request_received', 'patient_cancelled', 'patient_moved', 'appointment_confirmed', 'appointment_moved', 'appointment_cancelled', 'patient_message')`,
        ),
    )
    // No foreign key: the appointment may be deleted later; the item still tells what happened.
    .addColumn('appointment_id', 'integer')
    /** Whose visit or message it is about; null for a message from an unknown number. */
    .addColumn('patient_id', 'integer', (c) => c.references('users.id'))
    /** Who made the change; null for a message, which has a sender instead. */
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    /** JSON text: the visit's date and time (and where it came from, for a move), or a message. */
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('read_at', 'bigint')
    .execute();
  // A person's items, newest first, page after page.
  await db.schema
    .createIndex('inbox_items_by_user')
    .on('inbox_items')
    .columns(['user_id', 'id'])
    .execute();
  // The bell's count, asked on every page and at every change: only the unread rows.
  await db.schema
    .createIndex('inbox_items_unread')
    .on('inbox_items')
    .columns(['user_id', 'id'])
    .where(sql.ref('read_at'), 'is', null)
    .execute();
}
