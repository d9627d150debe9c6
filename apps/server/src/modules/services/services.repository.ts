import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { prepared } from '../../db/prepared.ts';
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

// Every booking reads its service: compiled once rather than built on each call.
const serviceById = prepared<[number], Selectable<ServicesTable>>((db) =>
  db.selectFrom('services').selectAll().where('id', '=', 0),
);

export async function findService(db: Kysely<Database>, id: number) {
  return (await serviceById(db, id))[0];
}

/** The deleted service as it was, or undefined when there was none. */
export function deleteService(db: Kysely<Database>, id: number) {
  return db.deleteFrom('services').where('id', '=', id).returningAll().executeTakeFirst();
}

/** Who performs each of `serviceIds` (every service when omitted), by id in ascending order. */
export async function listServiceDentists(
  db: Kysely<Database>,
  serviceIds?: number[],
): Promise<Map<number, number[]>> {
  let query = db.selectFrom('serviceDentists').select(['serviceId', 'dentistId']);
  if (serviceIds) {
    if (serviceIds.length === 0) return new Map();
    query = query.where('serviceId', 'in', serviceIds);
  }
  const rows = await query.orderBy('serviceId').orderBy('dentistId').execute();
  const found = new Map<number, number[]>();
  for (const row of rows) {
    const list = found.get(row.serviceId) ?? [];
    list.push(row.dentistId);
    found.set(row.serviceId, list);
  }
  return found;
}

export async function replaceServiceDentists(
  db: Kysely<Database>,
  serviceId: number,
  dentistIds: number[],
): Promise<void> {
  await db.deleteFrom('serviceDentists').where('serviceId', '=', serviceId).execute();
  if (dentistIds.length === 0) return;
  await db
    .insertInto('serviceDentists')
    .values(dentistIds.map((dentistId) => ({ serviceId, dentistId })))
    .execute();
}

/** Which of `ids` are active dentists: team members who see patients and may sign in. */
export async function findActiveDentists(db: Kysely<Database>, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('isDentist', '=', 1)
    .where('isActive', '=', 1)
    .where('role', '!=', 'patient')
    .execute();
  return rows.map((r) => r.id);
}
