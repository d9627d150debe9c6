import type { Kysely } from 'kysely';

/** Why a change was made, when the person making it says: "declined: dentist ill". */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('appointment_history').addColumn('reason', 'text').execute();
}
