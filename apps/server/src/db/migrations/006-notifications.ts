import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

/**
 * The outbox of emails. A message is queued in the same transaction as the change it reports,
 * so a committed change always gets its message and a rolled-back one never does; a worker
 * sends what is due and keeps trying what fails.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('notifications'), engine)
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('request_received', 'appointment_confirmed', 'appointment_moved', 'appointment_cancelled', 'reminder')`,
        ),
    )
    // No foreign key: a message about a deleted appointment is dropped at sending time.
    .addColumn('appointment_id', 'integer', (c) => c.notNull())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('users.id'))
    /** The appointment's start when queued: a reminder for an earlier start is stale. */
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_until', 'bigint')
    .addColumn('sent_at', 'bigint')
    .addColumn('dropped_at', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  // The worker's question: what is still to send, and due first.
  await db.schema
    .createIndex('notifications_to_send')
    .on('notifications')
    .columns(['due_at', 'id'])
    .where(sql.ref('sent_at'), 'is', null)
    .where(sql.ref('dropped_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('notifications_by_appointment')
    .on('notifications')
    .columns(['appointment_id', 'kind'])
    .execute();
}
