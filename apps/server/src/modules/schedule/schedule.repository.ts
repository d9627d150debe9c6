import type { ScheduleExceptionKind } from '@clinic/domain';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, ScheduleExceptionsTable, WorkingHoursTable } from '../../db/schema.ts';

const WORKING_HOURS_COLUMNS = ['id', 'dentistId', 'validFrom', 'days'] as const;

export function listWorkingHoursRows(db: Kysely<Database>, dentistId?: number) {
  let query = db.selectFrom('workingHours').select(WORKING_HOURS_COLUMNS);
  if (dentistId !== undefined) query = query.where('dentistId', '=', dentistId);
  return query.orderBy('dentistId').orderBy('validFrom').execute();
}

export type WorkingHoursRow = Awaited<ReturnType<typeof listWorkingHoursRows>>[number];

export function findWorkingHoursRow(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('workingHours')
    .select(WORKING_HOURS_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertWorkingHours(db: Kysely<Database>, row: Insertable<WorkingHoursTable>) {
  return db
    .insertInto('workingHours')
    .values(row)
    .returning(WORKING_HOURS_COLUMNS)
    .executeTakeFirstOrThrow();
}

export function updateWorkingHoursRow(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<WorkingHoursTable>,
) {
  return db
    .updateTable('workingHours')
    .set(changes)
    .where('id', '=', id)
    .returning(WORKING_HOURS_COLUMNS)
    .executeTakeFirst();
}

export async function deleteWorkingHoursRow(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('workingHours').where('id', '=', id).execute();
}

function selectExceptions(db: Kysely<Database>) {
  return db
    .selectFrom('scheduleExceptions as e')
    .leftJoin('users as d', 'd.id', 'e.dentistId')
    .select([
      'e.id',
      'e.kind',
      'e.dentistId',
      'd.name as dentistName',
      'e.dateFrom',
      'e.dateTo',
      'e.startTime',
      'e.endTime',
      'e.reason',
    ]);
}

export type ScheduleExceptionRow = Awaited<
  ReturnType<ReturnType<typeof selectExceptions>['executeTakeFirstOrThrow']>
>;

export interface ExceptionFilters {
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  dentistId?: number | undefined;
  kind?: ScheduleExceptionKind | undefined;
}

/** Exceptions overlapping the days asked for, earliest first. */
export function listExceptionRows(db: Kysely<Database>, filters: ExceptionFilters) {
  let query = selectExceptions(db);
  // Overlap, not containment: a week of time off that began last month still shows.
  if (filters.dateFrom) query = query.where('e.dateTo', '>=', filters.dateFrom);
  if (filters.dateTo) query = query.where('e.dateFrom', '<=', filters.dateTo);
  if (filters.dentistId !== undefined) query = query.where('e.dentistId', '=', filters.dentistId);
  if (filters.kind) query = query.where('e.kind', '=', filters.kind);
  return query.orderBy('e.dateFrom').orderBy('e.id').limit(1000).execute();
}

export function findExceptionRow(db: Kysely<Database>, id: number) {
  return selectExceptions(db).where('e.id', '=', id).executeTakeFirst();
}

export async function insertException(
  db: Kysely<Database>,
  row: Insertable<ScheduleExceptionsTable>,
): Promise<number> {
  const { id } = await db
    .insertInto('scheduleExceptions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateExceptionRow(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<ScheduleExceptionsTable>,
): Promise<void> {
  await db.updateTable('scheduleExceptions').set(changes).where('id', '=', id).execute();
}

export async function deleteExceptionRow(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('scheduleExceptions').where('id', '=', id).execute();
}
