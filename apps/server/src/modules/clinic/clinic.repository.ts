import type { Insertable, Kysely, Updateable } from 'kysely';
import { prepared } from '../../db/prepared.ts';
import type { ClinicRow, ClinicTable, Database } from '../../db/schema.ts';

// Read by every booking and every change: compiled once rather than built on each call.
const clinicRow = prepared<[number], ClinicRow>((db) =>
  db.selectFrom('clinic').selectAll().where('id', '=', 0),
);

/** The clinic's one row of settings; undefined before setup. */
export async function findClinicRow(db: Kysely<Database>): Promise<ClinicRow | undefined> {
  return (await clinicRow(db, 1))[0];
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
