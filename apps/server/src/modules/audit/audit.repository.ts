import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface AuditFilters {
  actorId?: number | undefined;
  action?: 'created' | 'updated' | 'deleted' | undefined;
  appointmentId?: number | undefined;
  /** Instants: `[from, until)`. */
  from?: number | undefined;
  until?: number | undefined;
}

type HistoryAsH = Database & { h: Database['appointmentHistory'] };

function matching(filters: AuditFilters) {
  return (eb: ExpressionBuilder<HistoryAsH, 'h'>) =>
    eb.and([
      ...(filters.actorId !== undefined ? [eb('h.actorId', '=', filters.actorId)] : []),
      ...(filters.action !== undefined ? [eb('h.action', '=', filters.action)] : []),
      ...(filters.appointmentId !== undefined
        ? [eb('h.appointmentId', '=', filters.appointmentId)]
        : []),
      ...(filters.from !== undefined ? [eb('h.at', '>=', filters.from)] : []),
      ...(filters.until !== undefined ? [eb('h.at', '<', filters.until)] : []),
    ]);
}

/** Newest first: ids follow commit order, which is the order the changes really happened in. */
export function listAuditEntries(
  db: Kysely<Database>,
  filters: AuditFilters,
  page: { limit: number; offset: number },
) {
  return db
    .selectFrom('appointmentHistory as h')
    .leftJoin('users as u', 'u.id', 'h.actorId')
    .leftJoin('appointments as a', 'a.id', 'h.appointmentId')
    .leftJoin('users as p', 'p.id', 'a.patientId')
    .select([
      'h.id',
      'h.at',
      'h.actorId',
      'u.name as actorName',
      'h.action',
      'h.appointmentId',
      'h.changes',
      'h.reason',
      'a.patientId',
      'p.name as patientName',
      'a.date',
      'a.time',
    ])
    .where(matching(filters))
    .orderBy('h.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAuditEntries(
  db: Kysely<Database>,
  filters: AuditFilters,
): Promise<number> {
  const row = await db
    .selectFrom('appointmentHistory as h')
    .where(matching(filters))
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** What the deletion entries of these appointments recorded about them. */
export function deletionEntries(db: Kysely<Database>, appointmentIds: number[]) {
  if (appointmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('appointmentHistory')
    .select(['appointmentId', 'changes'])
    .where('action', '=', 'deleted')
    .where('appointmentId', 'in', appointmentIds)
    .execute();
}

export function userNames(db: Kysely<Database>, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
}
