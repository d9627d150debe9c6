import type { AppointmentStatus } from '@clinic/domain';
import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { AppointmentHistoryTable, AppointmentsTable, Database } from '../../db/schema.ts';

/** An appointment with the names the wire format shows beside each id. */
export function selectAppointments(db: Kysely<Database>) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('users as p', 'p.id', 'a.patientId')
    .leftJoin('users as d', 'd.id', 'a.dentistId')
    .leftJoin('services as s', 's.id', 'a.serviceId')
    .select([
      'a.id',
      'a.patientId',
      'p.name as patientName',
      'p.email as patientEmail',
      'a.dentistId',
      'd.name as dentistName',
      'a.serviceId',
      's.name as serviceName',
      'a.date',
      'a.time',
      'a.endTime',
      'a.durationMinutes',
      'a.startsAt',
      'a.endsAt',
      'a.status',
      'a.notes',
      'a.createdAt',
      'a.updatedAt',
    ]);
}

export type AppointmentView = Awaited<
  ReturnType<ReturnType<typeof selectAppointments>['executeTakeFirstOrThrow']>
>;

export function findAppointment(
  db: Kysely<Database>,
  id: number,
): Promise<AppointmentView | undefined> {
  return selectAppointments(db).where('a.id', '=', id).executeTakeFirst();
}

export async function insertAppointment(
  db: Kysely<Database>,
  row: Insertable<AppointmentsTable>,
): Promise<number> {
  const { id } = await db
    .insertInto('appointments')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateAppointmentRow(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<AppointmentsTable>,
): Promise<void> {
  await db.updateTable('appointments').set(changes).where('id', '=', id).execute();
}

export async function deleteAppointmentRow(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('appointments').where('id', '=', id).execute();
}

export async function insertHistory(
  db: Kysely<Database>,
  entry: Insertable<AppointmentHistoryTable>,
): Promise<void> {
  await db.insertInto('appointmentHistory').values(entry).execute();
}

export function listHistory(db: Kysely<Database>, appointmentId: number) {
  return db
    .selectFrom('appointmentHistory as h')
    .leftJoin('users as u', 'u.id', 'h.actorId')
    .select(['h.at', 'h.actorId', 'u.name as actorName', 'h.action', 'h.changes'])
    .where('h.appointmentId', '=', appointmentId)
    .orderBy('h.id')
    .execute();
}

export interface AppointmentFilters {
  statuses?: AppointmentStatus[] | undefined;
  dentistId?: number | undefined;
  patientId?: number | undefined;
  serviceId?: number | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  search?: string | undefined;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listAppointments(
  db: Kysely<Database>,
  filters: AppointmentFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: AppointmentView[]; count: number }> {
  let rowsQuery = selectAppointments(db);
  let countQuery = db
    .selectFrom('appointments as a')
    .innerJoin('users as p', 'p.id', 'a.patientId');
  const apply = <Q extends typeof rowsQuery | typeof countQuery>(query: Q): Q => {
    // Each branch narrows the same query type; the casts keep one filter list for both queries.
    let q = query as typeof countQuery;
    if (filters.statuses?.length) q = q.where('a.status', 'in', filters.statuses);
    if (filters.dentistId !== undefined) q = q.where('a.dentistId', '=', filters.dentistId);
    if (filters.patientId !== undefined) q = q.where('a.patientId', '=', filters.patientId);
    if (filters.serviceId !== undefined) q = q.where('a.serviceId', '=', filters.serviceId);
    if (filters.dateFrom) q = q.where('a.date', '>=', filters.dateFrom);
    if (filters.dateTo) q = q.where('a.date', '<=', filters.dateTo);
    if (filters.search) {
      const pattern = `%${escapeLike(filters.search.toLowerCase())}%`;
      q = q.where(
        sql<boolean>`(lower(p.name) like ${pattern} escape '\\' or p.email like ${pattern} escape '\\')`,
      );
    }
    return q as Q;
  };
  rowsQuery = apply(rowsQuery);
  countQuery = apply(countQuery);
  const [rows, total] = await Promise.all([
    rowsQuery
      .orderBy('a.date')
      .orderBy('a.time')
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    countQuery.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, count: Number(total.count) };
}

/** The first active appointment of `who` that overlaps `[startsAt, endsAt)`, for a message. */
export function findOverlapping(
  db: Kysely<Database>,
  who: { dentistId: number } | { patientId: number },
  range: { startsAt: number; endsAt: number },
  excludeId?: number,
) {
  let query = db
    .selectFrom('appointments')
    .select(['id', 'date', 'time', 'endTime'])
    .where('status', 'in', ['pending', 'confirmed'])
    .where('startsAt', '<', range.endsAt)
    .where('endsAt', '>', range.startsAt);
  query =
    'dentistId' in who
      ? query.where('dentistId', '=', who.dentistId)
      : query.where('patientId', '=', who.patientId);
  if (excludeId !== undefined) query = query.where('id', '!=', excludeId);
  return query.orderBy('startsAt').limit(1).executeTakeFirst();
}
