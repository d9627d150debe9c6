import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Whether the person, or else their guardian, has a phone in E.164. */
export async function hasTextNumber(db: Kysely<Database>, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('users as g', 'g.id', 'u.guardianId')
    .select(['u.phoneE164 as own', 'g.phoneE164 as guardians'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return Boolean(row?.own ?? row?.guardians);
}
