import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Role and activation of each of `ids` that exists. */
export function findRights(db: Kysely<Database>, ids: number[]) {
  return db.selectFrom('users').select(['id', 'role', 'isActive']).where('id', 'in', ids).execute();
}

/** The dependants of each of `guardianIds` (decision 039). */
export function findDependants(db: Kysely<Database>, guardianIds: number[]) {
  return db
    .selectFrom('users')
    .select(['id', 'guardianId'])
    .where('guardianId', 'in', guardianIds)
    .execute();
}

/** Which of `tokenHashes` belong to sessions neither expired nor idle since `idleSince`. */
export function liveSessionTokens(
  db: Kysely<Database>,
  tokenHashes: string[],
  now: number,
  idleSince: number,
) {
  return db
    .selectFrom('sessions')
    .select('tokenHash')
    .where('tokenHash', 'in', tokenHashes)
    .where('expiresAt', '>', now)
    .where('lastSeenAt', '>', idleSince)
    .execute();
}
