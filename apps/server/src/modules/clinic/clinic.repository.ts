import type { Insertable, Kysely, Updateable } from 'kysely';
import type { ClinicRow, ClinicTable, Database } from '../../db/schema.ts';

/** The clinic's one row of settings; undefined before setup. */
export function findClinicRow(db: Kysely<Database>): Promise<ClinicRow | undefined> {
  return db.selectFrom('clinic').selectAll().where('id', '=', 1).executeTakeFirst();
}

/** Inserts the clinic's row, or applies `changes` to it when it already exists. */
export async function upsertClinic(
  db: Kysely<Database>,
  row: Omit<Insertable<ClinicTable>, 'id'>,
  changes: Updateable<ClinicTable>,
): Promise<void> {
  await db
    .insertInto('clinic')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(changes))
    .execute();
}
