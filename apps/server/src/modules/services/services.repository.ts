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

export async function deleteService(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db.deleteFrom('services').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
