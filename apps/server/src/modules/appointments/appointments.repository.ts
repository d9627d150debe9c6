import type { AppointmentStatus } from '@clinic/domain';
import type {
  Expression,
  ExpressionBuilder,
  Insertable,
  Kysely,
  SqlBool,
  Updateable,
} from 'kysely';
import { prepared } from '../../db/prepared.ts';
import type { AppointmentHistoryTable, AppointmentsTable, Database } from '../../db/schema.ts';
import { nameOrEmailContains } from '../../db/text-search.ts';

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

const appointmentById = prepared<[number], AppointmentView>((db) =>
  selectAppointments(db).where('a.id', '=', 0),
);

export async function findAppointment(
  db: Kysely<Database>,
  id: number,
): Promise<AppointmentView | undefined> {
  return (await appointmentById(db, id))[0];
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
    .select(['h.at', 'h.actorId', 'u.name as actorName', 'h.action', 'h.changes', 'h.reason'])
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

type AppointmentsAsA = Database & { a: Database['appointments'] };

/** The list's filters as one condition, shared by the page query and the count query. */
function matching(filters: AppointmentFilters) {
  return (eb: ExpressionBuilder<AppointmentsAsA, 'a'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filters.statuses?.length) conditions.push(eb('a.status', 'in', filters.statuses));
    if (filters.dentistId !== undefined) conditions.push(eb('a.dentistId', '=', filters.dentistId));
    if (filters.patientId !== undefined) conditions.push(eb('a.patientId', '=', filters.patientId));
    if (filters.serviceId !== undefined) conditions.push(eb('a.serviceId', '=', filters.serviceId));
    if (filters.dateFrom) conditions.push(eb('a.date', '>=', filters.dateFrom));
    if (filters.dateTo) conditions.push(eb('a.date', '<=', filters.dateTo));
    if (filters.search) {
      // Matching patients first lets the patient index find their appointments, instead of
      // testing every appointment's patient against the pattern.
      const patients = eb
        .selectFrom('users')
        .select('users.id')
        .where(nameOrEmailContains(filters.search));
      conditions.push(eb('a.patientId', 'in', patients));
    }
    return eb.and(conditions);
  };
}

export function listAppointmentRows(
  db: Kysely<Database>,
  filters: AppointmentFilters,
  page: { limit: number; offset: number },
): Promise<AppointmentView[]> {
  return selectAppointments(db)
    .where(matching(filters))
    .orderBy('a.date')
    .orderBy('a.time')
    .orderBy('a.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAppointments(
  db: Kysely<Database>,
  filters: AppointmentFilters,
): Promise<number> {
  const row = await db
    .selectFrom('appointments as a')
    .where(matching(filters))
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
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
