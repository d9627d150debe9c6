import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, ServicesTable } from '../../db/schema.ts';

export function listServices(db: Kysely<Database>, onlyActive: boolean) {
  let query = db.selectFrom('services').selectAll();
  if (onlyActive) query = query.where('isActive', '=', 1);
  return query.orderBy('name').orderBy('id').execute();
}

export function insertService(db: Kysely<Database>, row: Insertable<ServicesTable>) {
  return db.insertInto('services').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateService(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<ServicesTable>,
) {
  return db
    .updateTable('services')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function findService(db: Kysely<Database>, id: number) {
  return db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The deleted service as it was, or undefined when there was none. */
export function deleteService(db: Kysely<Database>, id: number) {
  return db.deleteFrom('services').where('id', '=', id).returningAll().executeTakeFirst();
}
