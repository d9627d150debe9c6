import type { AuditSubject } from '@clinic/domain';
import { type ExpressionBuilder, type Insertable, type Kysely, sql } from 'kysely';
import type { AuditEventsTable, Database } from '../../db/schema.ts';

export interface AuditFilters {
  actorId?: number | undefined;
  action?: Database['auditEvents']['action'] | undefined;
  subject?: AuditSubject | undefined;
  appointmentId?: number | undefined;
  /** Instants: `[from, until)`. */
  from?: number | undefined;
  until?: number | undefined;
}

type Source = 'appointmentHistory' | 'auditEvents';

/** The filters every source understands, on a source aliased `x`. */
function common(filters: AuditFilters) {
  return <S extends Source>(eb: ExpressionBuilder<Database & { x: Database[S] }, 'x'>) => {
    // Both sources share these columns; the builder cannot see that through the generic alias.
    const x = eb as unknown as ExpressionBuilder<Database & { x: Database['auditEvents'] }, 'x'>;
    return x.and([
      ...(filters.actorId !== undefined ? [x('x.actorId', '=', filters.actorId)] : []),
      ...(filters.action !== undefined ? [x('x.action', '=', filters.action)] : []),
      ...(filters.from !== undefined ? [x('x.at', '>=', filters.from)] : []),
      ...(filters.until !== undefined ? [x('x.at', '<', filters.until)] : []),
    ]);
  };
}

const includesAppointments = (f: AuditFilters) => !f.subject || f.subject === 'appointment';
const includesEvents = (f: AuditFilters) =>
  f.appointmentId === undefined && f.subject !== 'appointment';

function appointmentEntries(db: Kysely<Database>, filters: AuditFilters) {
  let query = db
    .selectFrom('appointmentHistory as x')
    .leftJoin('users as u', 'u.id', 'x.actorId')
    .leftJoin('appointments as a', 'a.id', 'x.appointmentId')
    .leftJoin('users as p', 'p.id', 'a.patientId')
    .where(common(filters))
    .select([
      sql<'h' | 'e'>`'h'`.as('source'),
      // Aliased: SQLite orders a union only by the names its columns are given.
      'x.id as id',
      'x.at as at',
      'x.actorId',
      'u.name as actorName',
      'x.action',
      sql<AuditSubject>`'appointment'`.as('subject'),
      'x.appointmentId as subjectId',
      'p.name as subjectName',
      'x.changes',
      'x.reason',
      'a.patientId',
      'a.date',
      'a.time',
    ]);
  if (filters.appointmentId !== undefined) {
    query = query.where('x.appointmentId', '=', filters.appointmentId);
  }
  return query;
}

function otherEntries(db: Kysely<Database>, filters: AuditFilters) {
  let query = db
    .selectFrom('auditEvents as x')
    .leftJoin('users as u', 'u.id', 'x.actorId')
    .where(common(filters))
    .select((eb) => [
      sql<'h' | 'e'>`'e'`.as('source'),
      'x.id as id',
      'x.at as at',
      'x.actorId',
      'u.name as actorName',
      'x.action',
      eb.ref('x.subject').$castTo<AuditSubject>().as('subject'),
      'x.subjectId',
      eb.ref('x.subjectName').$castTo<string | null>().as('subjectName'),
      'x.changes',
      sql<string | null>`null`.as('reason'),
      sql<number | null>`null`.as('patientId'),
      sql<string | null>`null`.as('date'),
      sql<string | null>`null`.as('time'),
    ]);
  if (filters.subject && filters.subject !== 'appointment') {
    query = query.where('x.subject', '=', filters.subject);
  }
  return query;
}

/**
 * Newest first across appointment history and the other audit events. Within one instant,
 * entry ids keep commit order.
 */
export function listAuditEntries(
  db: Kysely<Database>,
  filters: AuditFilters,
  page: { limit: number; offset: number },
) {
  const parts = [
    ...(includesAppointments(filters) ? [appointmentEntries(db, filters)] : []),
    ...(includesEvents(filters) ? [otherEntries(db, filters)] : []),
  ];
  const [first, second] = parts;
  if (!first) return Promise.resolve([]);
  const union = second ? first.unionAll(second) : first;
  return union
    .orderBy('at', 'desc')
    .orderBy('source', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAuditEntries(
  db: Kysely<Database>,
  filters: AuditFilters,
): Promise<number> {
  const counts = await Promise.all([
    includesAppointments(filters)
      ? appointmentEntries(db, filters)
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow()
      : { count: 0 },
    includesEvents(filters)
      ? otherEntries(db, filters)
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow()
      : { count: 0 },
  ]);
  return counts.reduce((sum, row) => sum + Number(row.count), 0);
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

export async function insertAuditEvent(
  db: Kysely<Database>,
  row: Insertable<AuditEventsTable>,
): Promise<void> {
  await db.insertInto('auditEvents').values(row).execute();
}
