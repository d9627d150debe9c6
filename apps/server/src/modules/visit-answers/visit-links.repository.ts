import type { VisitAnswer } from '@clinic/domain';
import type { Insertable, Kysely } from 'kysely';
import type { Database, VisitLinksTable } from '../../db/schema.ts';

export async function insertVisitLink(
  db: Kysely<Database>,
  row: Insertable<VisitLinksTable>,
): Promise<void> {
  await db.insertInto('visitLinks').values(row).execute();
}

/** Removes a link whose message was never sent: only the message that carried it knew it. */
export async function deleteVisitLink(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('visitLinks').where('tokenHash', '=', tokenHash).execute();
}

export function findVisitLink(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('visitLinks')
    .select(['id', 'appointmentId', 'patientId', 'expiresAt', 'usedAt', 'answer'])
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Spends the link on `answer` if it still may be: of two requests racing with one link only
 * one gets a row back.
 */
export async function useVisitLink(
  trx: Kysely<Database>,
  tokenHash: string,
  answer: VisitAnswer,
  now: number,
): Promise<boolean> {
  const used = await trx
    .updateTable('visitLinks')
    .set({ usedAt: now, answer })
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .returning('id')
    .executeTakeFirst();
  return used !== undefined;
}
