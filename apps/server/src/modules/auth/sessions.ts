import { createHash, randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { prepared } from '../../db/prepared.ts';
import { toUser, type User } from '../users/users.model.ts';

/** Writing last-seen on every request would turn reads into writes; once a minute is enough. */
const LAST_SEEN_GRANULARITY_MS = 60_000;

// One query per request for the session and its user: every signed-in request runs it.
const sessionByTokenHash = prepared<
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
      'u.createdAt',
      's.lastSeenAt',
      's.expiresAt',
    ])
    .where('s.tokenHash', '=', ''),
);

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session and returns its token: 256 random bits, shown once, stored only hashed. */
export async function startSession(ctx: AppContext, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.now();
  await ctx.db.kysely
    .insertInto('sessions')
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + ctx.config.sessionMaxMs,
    })
    .execute();
  return token;
}

export interface ResolvedSession {
  user: User;
  tokenHash: string;
}

/**
 * The active user behind `token`, or null when the token is unknown, idle for too long,
 * past its absolute lifetime, or belongs to a deactivated account.
 */
export async function resolveSession(
  ctx: AppContext,
  token: string,
): Promise<ResolvedSession | null> {
  const tokenHash = hashToken(token);
  const db = ctx.db.kysely;
  const [session] = await sessionByTokenHash(db, tokenHash);
  if (!session) return null;
  const now = ctx.now();
  if (now >= session.expiresAt || now - session.lastSeenAt >= ctx.config.sessionIdleMs) {
    await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
    return null;
  }
  const user = toUser(session);
  if (!user.isActive) return null;
  if (now - session.lastSeenAt >= LAST_SEEN_GRANULARITY_MS) {
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: now })
      .where('tokenHash', '=', tokenHash)
      .execute();
  }
  return { user, tokenHash };
}

export async function endSession(ctx: AppContext, tokenHash: string): Promise<void> {
  await ctx.db.kysely.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
}

export async function endAllSessionsOf(ctx: AppContext, userId: number): Promise<void> {
  await ctx.db.kysely.deleteFrom('sessions').where('userId', '=', userId).execute();
}
