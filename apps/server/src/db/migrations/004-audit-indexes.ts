import type { Kysely } from 'kysely';

/**
 * The owner's audit log pages through the whole history newest first, by person or by day;
 * without these a busy clinic's log would be read end to end for every page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('appointment_history_by_actor')
    .on('appointment_history')
    .columns(['actor_id', 'id'])
    .execute();
  await db.schema
    .createIndex('appointment_history_by_time')
    .on('appointment_history')
    .columns(['at', 'id'])
    .execute();
}
