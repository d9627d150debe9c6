import type { Kysely } from 'kysely';

/**
 * A counter bumped by every change of an appointment. It is the appointment's ETag, so a
 * person who edits what they saw is refused (412) when a colleague changed it first, and the
 * history can be checked to replay to the row exactly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('appointments')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
