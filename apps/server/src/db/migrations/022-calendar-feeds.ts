import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

/**
 * Private calendar feeds (decision 042).
 *
 * - `calendar_feeds`: a person's secret feed address, by the SHA-256 of its token only (the
 *   token is shown once, when made). Revoking sets `revoked_at`; the row stays for the record.
 *   At most one live feed per person, however many requests make one at once.
 * - `clinic.calendar_feed_patient_names`: whether a dentist's feed names the patient of each
 *   visit (1) or only says "Appointment" and the service (0, the default).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('calendar_feeds'), engine)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .addColumn('last_used_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('calendar_feeds_one_live')
    .on('calendar_feeds')
    .column('user_id')
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();

  await db.schema
    .alterTable('clinic')
    .addColumn('calendar_feed_patient_names', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`calendar_feed_patient_names between 0 and 1`),
    )
    .execute();
}
