import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * The secret for `purpose`, made on first need: every server on the database reads the same
 * one, the first to insert it wins and the others read it.
 */
export async function signingSecret(
  db: Kysely<Database>,
  purpose: string,
  now: number,
): Promise<string> {
  await db
    .insertInto('signingKeys')
    .values({ purpose, secret: randomBytes(32).toString('base64url'), createdAt: now })
    .onConflict((oc) => oc.column('purpose').doNothing())
    .execute();
  const row = await db
    .selectFrom('signingKeys')
    .select('secret')
    .where('purpose', '=', purpose)
    .executeTakeFirstOrThrow();
  return row.secret;
}
