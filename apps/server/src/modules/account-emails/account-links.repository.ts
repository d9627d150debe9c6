import type { AccountLinkPurpose } from '@clinic/domain';
import type { Insertable, Kysely } from 'kysely';
import type { AccountLinksTable, Database } from '../../db/schema.ts';

export async function insertAccountLink(
  db: Kysely<Database>,
  row: Insertable<AccountLinksTable>,
): Promise<void> {
  await db.insertInto('accountLinks').values(row).execute();
}

export async function deleteAccountLink(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('accountLinks').where('tokenHash', '=', tokenHash).execute();
}

export function findAccountLink(
  db: Kysely<Database>,
  purpose: AccountLinkPurpose,
  tokenHash: string,
) {
  return db
    .selectFrom('accountLinks')
    .select(['id', 'userId', 'email', 'expiresAt', 'usedAt'])
    .where('purpose', '=', purpose)
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Marks the link used if it still may be: only one of two requests racing with the same link
 * gets a row back.
 */
export async function useAccountLink(
  trx: Kysely<Database>,
  purpose: AccountLinkPurpose,
  tokenHash: string,
  now: number,
): Promise<boolean> {
  const used = await trx
    .updateTable('accountLinks')
    .set({ usedAt: now })
    .where('purpose', '=', purpose)
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .returning('id')
    .executeTakeFirst();
  return used !== undefined;
}

/** Retires every other open link of the purpose: a new password makes older reset mails void. */
export async function retireAccountLinks(
  trx: Kysely<Database>,
  userId: number,
  purpose: AccountLinkPurpose,
  now: number,
): Promise<void> {
  await trx
    .updateTable('accountLinks')
    .set({ usedAt: now })
    .where('userId', '=', userId)
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .execute();
}

/** How many links of the purpose the account was sent since `since`. */
export async function countAccountLinksSince(
  db: Kysely<Database>,
  userId: number,
  purpose: AccountLinkPurpose,
  since: number,
): Promise<number> {
  const row = await db
    .selectFrom('accountLinks')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('userId', '=', userId)
    .where('purpose', '=', purpose)
    .where('createdAt', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
