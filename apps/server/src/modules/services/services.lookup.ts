import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export function findServiceById(db: Kysely<Database>, id: number) {
  return db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
}
