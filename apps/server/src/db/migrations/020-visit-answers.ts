import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

/**
 * Patients answer the messages about their visits (decision 040).
 *
 * - `appointments.patient_confirmed_at`: when the patient said they will come; null until then,
 *   and again once the visit moves to another time or is cancelled.
 * - `visit_links`: the single-use links in those messages, by the SHA-256 of their token only.
 *   Each names one visit of one patient; `expires_at` is the visit's start when the link was
 *   sent, so a link also dies when the visit moves. `answer` says what it was used for.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('appointments').addColumn('patient_confirmed_at', 'bigint').execute();

  await withId(db.schema.createTable('visit_links'), engine)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('appointment_id', 'integer', (c) =>
      c.notNull().references('appointments.id').onDelete('cascade'),
    )
    .addColumn('patient_id', 'integer', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('answer', 'text', (c) => c.check(sql`answer in ('attend', 'cancel')`))
    .execute();
  await db.schema
    .createIndex('visit_links_by_appointment')
    .on('visit_links')
    .columns(['appointment_id', 'created_at'])
    .execute();
}
