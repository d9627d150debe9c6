import type { Role } from '@clinic/domain';
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';
import { type AppointmentView, selectAppointments } from '../appointments/index.ts';

/** Whom a feed belongs to, as far as feeds go. */
export interface FeedHolder {
  id: number;
  name: string;
  role: Role;
  isDentist: boolean;
  isActive: boolean;
  closedAt: number | null;
  language: string | null;
}

const HOLDER_COLUMNS = [
  'users.id',
  'users.name',
  'users.role',
  'users.isDentist',
  'users.isActive',
  'users.closedAt',
  'users.language',
] as const;

function toHolder(row: {
  id: number;
  name: string;
  role: Role;
  isDentist: number;
  isActive: number;
  closedAt: number | null;
  language: string | null;
}): FeedHolder {
  return { ...row, isDentist: row.isDentist === 1, isActive: row.isActive === 1 };
}

export async function findFeedHolder(
  db: Kysely<Database>,
  userId: number,
): Promise<FeedHolder | undefined> {
  const row = await db
    .selectFrom('users')
    .select(HOLDER_COLUMNS)
    .where('users.id', '=', userId)
    .executeTakeFirst();
  return row && toHolder(row);
}

export interface FeedRow {
  id: number;
  userId: number;
  createdAt: number;
  lastUsedAt: number | null;
}

/** The person's working feed, if any. */
export function findLiveFeed(db: Kysely<Database>, userId: number): Promise<FeedRow | undefined> {
  return db
    .selectFrom('calendarFeeds')
    .select(['id', 'userId', 'createdAt', 'lastUsedAt'])
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
}

/** The working feed a token's hash opens, with its holder. */
export async function findFeedByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<{ feed: FeedRow; holder: FeedHolder } | undefined> {
  const row = await db
    .selectFrom('calendarFeeds')
    .innerJoin('users', 'users.id', 'calendarFeeds.userId')
    .select([
      'calendarFeeds.id as feedId',
      'calendarFeeds.createdAt as feedCreatedAt',
      'calendarFeeds.lastUsedAt',
      ...HOLDER_COLUMNS,
    ])
    .where('calendarFeeds.tokenHash', '=', tokenHash)
    .where('calendarFeeds.revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { feedId, feedCreatedAt, lastUsedAt, ...holder } = row;
  return {
    feed: { id: feedId, userId: holder.id, createdAt: feedCreatedAt, lastUsedAt },
    holder: toHolder(holder),
  };
}

/** Advisory locks of this module's own, apart from appointments' (1, 2) and families' (3). */
const FEED_LOCKS = 22;

/**
 * Queues, on PostgreSQL, the transactions that replace one person's feed, so two made at once
 * end with one working feed instead of one refused by the one-live-feed index. SQLite's single
 * writer runs them one after the other already.
 */
export async function lockFeedsOf(
  trx: Kysely<Database>,
  engine: Engine,
  userId: number,
): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${FEED_LOCKS}, ${userId})`.execute(trx);
}

/** Stops the person's working feed, if any; says whether there was one. */
export async function revokeLiveFeed(
  trx: Kysely<Database>,
  userId: number,
  now: number,
): Promise<boolean> {
  const result = await trx
    .updateTable('calendarFeeds')
    .set({ revokedAt: now })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertFeed(
  trx: Kysely<Database>,
  row: { userId: number; tokenHash: string; createdAt: number },
): Promise<FeedRow> {
  return trx
    .insertInto('calendarFeeds')
    .values(row)
    .returning(['id', 'userId', 'createdAt', 'lastUsedAt'])
    .executeTakeFirstOrThrow();
}

/** Notes a fetch, at most once per `granularityMs`: a calendar polling often costs no write. */
export async function touchFeed(
  db: Kysely<Database>,
  feedId: number,
  now: number,
  granularityMs: number,
): Promise<void> {
  await db
    .updateTable('calendarFeeds')
    .set({ lastUsedAt: now })
    .where('id', '=', feedId)
    .where((eb) =>
      eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<=', now - granularityMs)]),
    )
    .execute();
}

export type FeedFilter = { patientIds: readonly number[] } | { dentistId: number };

export interface FeedCursor {
  date: string;
  time: string;
  id: number;
}

/**
 * One page of the visits a feed shows, in the order of the book's indexes by patient and by
 * dentist (date, time, id), after `cursor`: a feed of a big book is read a page at a time.
 * The window is by clinic-local date, a day wider on each side than the instants asked for,
 * and the caller keeps exactly the instants it wants.
 */
export function feedVisitsPage(
  db: Kysely<Database>,
  filter: FeedFilter,
  window: { fromDate: string; toDate: string },
  cursor: FeedCursor | null,
  limit: number,
): Promise<AppointmentView[]> {
  let query = selectAppointments(db)
    .where('a.date', '>=', window.fromDate)
    .where('a.date', '<=', window.toDate);
  query =
    'dentistId' in filter
      ? query.where('a.dentistId', '=', filter.dentistId)
      : query.where('a.patientId', 'in', [...filter.patientIds]);
  if (cursor) {
    query = query.where((eb) =>
      eb.or([
        eb('a.date', '>', cursor.date),
        eb.and([eb('a.date', '=', cursor.date), eb('a.time', '>', cursor.time)]),
        eb.and([
          eb('a.date', '=', cursor.date),
          eb('a.time', '=', cursor.time),
          eb('a.id', '>', cursor.id),
        ]),
      ]),
    );
  }
  return query.orderBy('a.date').orderBy('a.time').orderBy('a.id').limit(limit).execute();
}
