import { ACTIVE_STATUSES, type AppointmentStatus } from '@clinic/domain';
import {
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type SqlBool,
  sql,
  type Updateable,
} from 'kysely';
import type { Db, Engine } from '../../db/connect.ts';
import { prepared, preparedByShape } from '../../db/prepared.ts';
import type { AppointmentHistoryTable, AppointmentsTable, Database } from '../../db/schema.ts';
import { personMatches, personMatchesValues, personMatchShape } from '../../db/text-search.ts';

const APPOINTMENT_VIEW_COLUMNS = [
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
  'a.version',
  'a.arrivedAt',
  'a.seatedAt',
  // JSON text of the patient's medical alerts; the wire shows it to the team only.
  'p.medicalAlerts as patientMedicalAlerts',
  // A dependant's guardian, who books for them and sees their visits (decision 039).
  'p.guardianId as patientGuardianId',
  'g.name as guardianName',
  // When the patient said they will come (decision 040).
  'a.patientConfirmedAt',
] as const;

/** An appointment with the names the wire format shows beside each id. */
export function selectAppointments(db: Kysely<Database>) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('users as p', 'p.id', 'a.patientId')
    .leftJoin('users as g', 'g.id', 'p.guardianId')
    .leftJoin('users as d', 'd.id', 'a.dentistId')
    .leftJoin('services as s', 's.id', 'a.serviceId')
    .select(APPOINTMENT_VIEW_COLUMNS);
}

export type AppointmentView = Awaited<
  ReturnType<ReturnType<typeof selectAppointments>['executeTakeFirstOrThrow']>
>;

/**
 * An appointment from a row read as an array, in the order of APPOINTMENT_VIEW_COLUMNS. The
 * casts are checked by a test that reads the same rows both ways.
 */
export function appointmentFromTuple(row: unknown[]): AppointmentView {
  return {
    id: row[0] as number,
    patientId: row[1] as number,
    patientName: row[2] as string,
    patientEmail: row[3] as string,
    dentistId: row[4] as number | null,
    dentistName: row[5] as string | null,
    serviceId: row[6] as number | null,
    serviceName: row[7] as string | null,
    date: row[8] as string,
    time: row[9] as string,
    endTime: row[10] as string,
    durationMinutes: row[11] as number,
    startsAt: row[12] as number,
    endsAt: row[13] as number,
    status: row[14] as AppointmentStatus,
    notes: row[15] as string,
    createdAt: row[16] as number,
    updatedAt: row[17] as number,
    version: row[18] as number,
    arrivedAt: row[19] as number | null,
    seatedAt: row[20] as number | null,
    patientMedicalAlerts: row[21] as string,
    patientGuardianId: row[22] as number | null,
    guardianName: row[23] as string | null,
    patientConfirmedAt: row[24] as number | null,
  };
}

const appointmentById = prepared<[number], AppointmentView>((db) =>
  selectAppointments(db).where('a.id', '=', 0),
);

export async function findAppointment(
  db: Kysely<Database>,
  id: number,
): Promise<AppointmentView | undefined> {
  return (await appointmentById(db, id))[0];
}

/**
 * Queues, on PostgreSQL, the transactions that may book one dentist's or one patient's time.
 * Two bookings of one slot checked side by side each wait on the other's exclusion-constraint
 * entry, and PostgreSQL breaks that deadlock only after a second; queued, the second simply
 * meets the first's committed row and is refused at once. Dentist before patient, always, so
 * the locks themselves cannot deadlock. SQLite has one writer and needs none of this.
 */
export async function lockCalendars(
  trx: Kysely<Database>,
  engine: Engine,
  who: { dentistId: number | null; patientId: number },
): Promise<void> {
  if (engine !== 'postgres') return;
  if (who.dentistId !== null) {
    await sql`select pg_advisory_xact_lock(${DENTIST_LOCKS}, ${who.dentistId})`.execute(trx);
  }
  await sql`select pg_advisory_xact_lock(${PATIENT_LOCKS}, ${who.patientId})`.execute(trx);
}

const DENTIST_LOCKS = 1;
const PATIENT_LOCKS = 2;

/** The columns a row sets, in its own order: the SQL text of its insert depends on nothing else. */
function columnsOf(row: object): string {
  return Object.keys(row)
    .filter((key) => row[key as keyof typeof row] !== undefined)
    .join();
}

function valuesOf(row: object): unknown[] {
  return Object.values(row).filter((value) => value !== undefined);
}

// Every booking inserts one of each; compiled once per set of columns (see prepared.ts).
const appointmentInsert = preparedByShape(
  (db, row: Insertable<AppointmentsTable>) =>
    db.insertInto('appointments').values(row).returning('id'),
  columnsOf,
  valuesOf,
);
const historyInsert = preparedByShape(
  (db, entry: Insertable<AppointmentHistoryTable>) =>
    db.insertInto('appointmentHistory').values(entry),
  columnsOf,
  valuesOf,
);

export async function insertAppointment(
  db: Kysely<Database>,
  row: Insertable<AppointmentsTable>,
): Promise<number> {
  const [inserted] = (await db.executeQuery(appointmentInsert(db, row))).rows;
  if (!inserted) throw new Error('The new appointment’s id did not come back.');
  return inserted.id;
}

/**
 * Holds the appointment's row until the transaction ends, so that reading it, checking a
 * change against it and writing the change are one step: a concurrent change of the same
 * appointment waits and then sees this one's result. SQLite's single writer already runs each
 * unit of work alone.
 */
export async function lockAppointment(
  trx: Kysely<Database>,
  engine: Engine,
  id: number,
): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`select 1 from appointments where id = ${id} for update`.execute(trx);
}

type RowChanges = Omit<Updateable<AppointmentsTable>, 'version'>;

// Every change of an appointment runs one; compiled once per set of columns, like the inserts.
const appointmentUpdate = preparedByShape(
  (db, { id, changes }: { id: number; changes: RowChanges }) =>
    db
      .updateTable('appointments')
      .set({ ...changes, version: sql`version + 1` })
      .where('id', '=', id),
  ({ changes }) => columnsOf(changes),
  ({ id, changes }) => [...valuesOf(changes), id],
);

/** Writes a change and bumps the version, so every other holder of the old ETag is stale. */
export async function updateAppointmentRow(
  db: Kysely<Database>,
  id: number,
  changes: RowChanges,
): Promise<void> {
  await db.executeQuery(appointmentUpdate(db, { id, changes }));
}

export async function deleteAppointmentRow(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('appointments').where('id', '=', id).execute();
}

export async function insertHistory(
  db: Kysely<Database>,
  entry: Insertable<AppointmentHistoryTable>,
): Promise<void> {
  await db.executeQuery(historyInsert(db, entry));
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
  /** A dentist's id, or null for appointments without a dentist. */
  dentistId?: number | null | undefined;
  patientId?: number | undefined;
  /** Any of these patients: a guardian's list covers their dependants (decision 039). */
  patientIds?: number[] | undefined;
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
    if (filters.dentistId === null) conditions.push(eb('a.dentistId', 'is', null));
    else if (filters.dentistId !== undefined) {
      conditions.push(eb('a.dentistId', '=', filters.dentistId));
    }
    if (filters.patientId !== undefined) conditions.push(eb('a.patientId', '=', filters.patientId));
    if (filters.patientIds) conditions.push(eb('a.patientId', 'in', filters.patientIds));
    if (filters.serviceId !== undefined) conditions.push(eb('a.serviceId', '=', filters.serviceId));
    if (filters.dateFrom) conditions.push(eb('a.date', '>=', filters.dateFrom));
    if (filters.dateTo) conditions.push(eb('a.date', '<=', filters.dateTo));
    if (filters.search) {
      // Matching patients first lets the patient index find their appointments, instead of
      // testing every appointment's patient against the pattern.
      const patients = eb
        .selectFrom('users')
        .select('users.id')
        .where(personMatches(filters.search));
      conditions.push(eb('a.patientId', 'in', patients));
    }
    return eb.and(conditions);
  };
}

interface ListQuery {
  filters: AppointmentFilters;
  page: { limit: number; offset: number };
}

/** The values `matching` binds, in its order; preparedByShape checks the two agree. */
function filterValues(filters: AppointmentFilters): unknown[] {
  const values: unknown[] = [];
  if (filters.statuses?.length) values.push(...filters.statuses);
  if (typeof filters.dentistId === 'number') values.push(filters.dentistId);
  if (filters.patientId !== undefined) values.push(filters.patientId);
  if (filters.patientIds) values.push(...filters.patientIds);
  if (filters.serviceId !== undefined) values.push(filters.serviceId);
  if (filters.dateFrom) values.push(filters.dateFrom);
  if (filters.dateTo) values.push(filters.dateTo);
  if (filters.search) values.push(...personMatchesValues(filters.search));
  return values;
}

// The list is the busiest read of the front desk. Building and compiling its query with Kysely
// on every request cost as much as running it, so each combination of filters is compiled once.
const listPageQuery = preparedByShape(
  (db, { filters, page }: ListQuery) =>
    selectAppointments(db)
      .where(matching(filters))
      .orderBy('a.date')
      .orderBy('a.time')
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset),
  ({ filters }) =>
    [
      filters.statuses?.length ?? 0,
      filters.dentistId === null ? 'none' : filters.dentistId !== undefined,
      filters.patientId !== undefined,
      filters.patientIds?.length ?? 'none',
      filters.serviceId !== undefined,
      Boolean(filters.dateFrom),
      Boolean(filters.dateTo),
      personMatchShape(filters.search),
    ].join(),
  ({ filters, page }) => [...filterValues(filters), page.limit, page.offset],
);

export async function listAppointmentRows(
  db: Db,
  filters: AppointmentFilters,
  page: { limit: number; offset: number },
): Promise<AppointmentView[]> {
  const rows = await db.selectTuples(listPageQuery(db.kysely, { filters, page }));
  return rows.map(appointmentFromTuple);
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

/** A patient's requests still waiting for the clinic: pending, and not yet started. */
export async function countOpenRequests(
  db: Kysely<Database>,
  patientId: number,
  now: number,
): Promise<number> {
  const row = await db
    .selectFrom('appointments')
    .where('patientId', '=', patientId)
    .where('status', '=', 'pending')
    .where('startsAt', '>', now)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * The first appointment of `who` in one of `statuses` (the active ones unless told) that
 * overlaps `[startsAt, endsAt)`, for a message or a record's check.
 */
export function findOverlapping(
  db: Kysely<Database>,
  who: { dentistId: number } | { patientId: number },
  range: { startsAt: number; endsAt: number },
  excludeId?: number,
  statuses: readonly AppointmentStatus[] = ACTIVE_STATUSES,
) {
  let query = db
    .selectFrom('appointments')
    .select(['id', 'date', 'time', 'endTime'])
    .where('status', 'in', [...statuses])
    .where('startsAt', '<', range.endsAt)
    .where('endsAt', '>', range.startsAt);
  query =
    'dentistId' in who
      ? query.where('dentistId', '=', who.dentistId)
      : query.where('patientId', '=', who.patientId);
  if (excludeId !== undefined) query = query.where('id', '!=', excludeId);
  return query.orderBy('startsAt').limit(1).executeTakeFirst();
}
