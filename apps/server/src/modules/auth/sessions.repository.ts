import type { Insertable, Kysely } from 'kysely';
import { prepared } from '../../db/prepared.ts';
import type { Database, SessionsTable } from '../../db/schema.ts';
import type { toUser } from '../users/index.ts';

// One query per request for the session and its user: every signed-in request runs it.
export const sessionByTokenHash = prepared<
  [string],
  Parameters<typeof toUser>[0] & { lastSeenAt: number; expiresAt: number }
>((db) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.phone',
      'u.role',
      'u.isDentist',
      'u.isActive',
      'u.language',
      'u.colour',
      'u.emailVerifiedAt',
      'u.pendingEmail',
      'u.createdAt',
      'u.guardianId',
      's.lastSeenAt',
      's.expiresAt',
    ])
    .where('s.tokenHash', '=', ''),
);

export async function insertSession(
  db: Kysely<Database>,
  row: Insertable<SessionsTable>,
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function touchSession(
  db: Kysely<Database>,
  tokenHash: string,
  lastSeenAt: number,
): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt }).where('tokenHash', '=', tokenHash).execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
}

/** Ends every session of `userId`, but the one of `keepTokenHash` when given. */
export async function deleteSessionsOf(
  db: Kysely<Database>,
  userId: number,
  keepTokenHash?: string,
): Promise<void> {
  let sessions = db.deleteFrom('sessions').where('userId', '=', userId);
  if (keepTokenHash) sessions = sessions.where('tokenHash', '!=', keepTokenHash);
  await sessions.execute();
}
