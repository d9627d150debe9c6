import type { ScheduleExceptionKind } from '@clinic/domain';
import { type Kysely, sql } from 'kysely';
import { prepared } from '../../db/prepared.ts';
import type { Database } from '../../db/schema.ts';

/*
 * The few range reads free times are computed from. Each is one indexed query for the whole
 * range asked about, never one per day or per slot; the rules themselves are pure functions
 * of the domain package.
 */

// Written out, not built from ACTIVE_STATUSES: PostgreSQL uses the partial index of migration 012
// only for a query whose condition matches its predicate as written.
const ACTIVE = sql.raw(`('pending', 'confirmed', 'arrived', 'in_chair')`);

function activeDentists(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .select('id')
    .where(sql<boolean>`is_dentist = 1 and is_active = 1 and role <> 'patient'`);
}

const everyActiveDentist = prepared<[], { id: number }>((db) => activeDentists(db).orderBy('id'));

/** A service with no dentists named is performed by every dentist. */
const dentistsOfService = prepared<[number, number], { id: number }>((db) =>
  activeDentists(db)
    .where((eb) =>
      eb.or([
        eb.not(
          eb.exists(
            eb.selectFrom('serviceDentists').select('dentistId').where('serviceId', '=', 0),
          ),
        ),
        eb(
          'id',
          'in',
          eb.selectFrom('serviceDentists').select('dentistId').where('serviceId', '=', 0),
        ),
      ]),
    )
    .orderBy('id'),
);

/** Active dentists, by id, who perform `serviceId` (every active dentist for null). */
export async function findCandidateDentists(
  db: Kysely<Database>,
  serviceId: number | null,
): Promise<number[]> {
  const rows =
    serviceId === null
      ? await everyActiveDentist(db)
      : await dentistsOfService(db, serviceId, serviceId);
  return rows.map((r) => r.id);
}

export interface PatternRow {
  dentistId: number;
  validFrom: string;
  days: string;
}

const patternsUntil = prepared<[string], PatternRow>((db) =>
  db
    .selectFrom('workingHours')
    .select(['dentistId', 'validFrom', 'days'])
    .where('validFrom', '<=', '')
    .orderBy('dentistId')
    .orderBy('validFrom'),
);

/** Every weekly pattern that starts on or before `dateTo`: the ones that may be in force. */
export function findPatterns(db: Kysely<Database>, dateTo: string): Promise<PatternRow[]> {
  return patternsUntil(db, dateTo);
}

export interface ExceptionRow {
  id: number;
  kind: ScheduleExceptionKind;
  dentistId: number | null;
  dateFrom: string;
  dateTo: string;
  startTime: string | null;
  endTime: string | null;
  reason: string;
}

/**
 * Exceptions overlapping `[dateFrom, dateTo]`. None spans more than 366 days, so the index on
 * date_from is searched from `earliestStart` (dateFrom less 366 days) only.
 */
const exceptionsOverlapping = prepared<[string, string, string], ExceptionRow>((db) =>
  db
    .selectFrom('scheduleExceptions')
    .select(['id', 'kind', 'dentistId', 'dateFrom', 'dateTo', 'startTime', 'endTime', 'reason'])
    .where('dateFrom', '<=', '')
    .where('dateFrom', '>=', '')
    .where('dateTo', '>=', '')
    .orderBy('dateFrom')
    .orderBy('id'),
);

export function findExceptions(
  db: Kysely<Database>,
  range: { dateFrom: string; dateTo: string; earliestStart: string },
): Promise<ExceptionRow[]> {
  return exceptionsOverlapping(db, range.dateTo, range.earliestStart, range.dateFrom);
}

export interface BusyRow {
  id: number;
  dentistId: number;
  date: string;
  startsAt: number;
  endsAt: number;
  /** The chair time its service keeps after it. */
  bufferAfterMinutes: number;
}

/**
 * `(a.status || '')` keeps SQLite off the status index, through which it would read every
 * active appointment of the book; the dentist-and-time index then bounds the read to the range.
 */
function busyQuery(db: Kysely<Database>) {
  return db
    .selectFrom('appointments as a')
    .leftJoin('services as s', 's.id', 'a.serviceId')
    .select([
      'a.id',
      'a.dentistId',
      'a.date',
      'a.startsAt',
      'a.endsAt',
      sql<number>`coalesce(s.buffer_after_minutes, 0)`.as('bufferAfterMinutes'),
    ])
    .where(sql<boolean>`(a.status || '') in ${ACTIVE}`)
    .where('a.startsAt', '<', 0)
    .where('a.startsAt', '>=', 0)
    .where('a.id', '!=', 0);
}

const busyOfDentist = prepared<[number, number, number, number], BusyRow>((db) =>
  busyQuery(db).where('a.dentistId', '=', 0).orderBy('a.startsAt'),
);
const busyOfEveryDentist = prepared<[number, number, number], BusyRow>((db) =>
  // Dentist by dentist through appointments_dentist_time; candidates are always dentists.
  busyQuery(db)
    .where(sql<boolean>`a.dentist_id in (select id from users where is_dentist = 1)`)
    .orderBy('a.startsAt'),
);

/**
 * Active appointments with a dentist (one, or all for null) that start before `endsAt` and
 * after `earliestStart`: a caller passes the range's start less the longest visit and buffer,
 * so everything that can still be running at the range's start is read. `excludeId` (0 for
 * none) is an appointment being moved, which does not block its own time.
 */
export function findBusyTimes(
  db: Kysely<Database>,
  dentistId: number | null,
  range: { earliestStart: number; endsAt: number },
  excludeId: number,
): Promise<BusyRow[]> {
  return dentistId === null
    ? busyOfEveryDentist(db, range.endsAt, range.earliestStart, excludeId)
    : busyOfDentist(db, range.endsAt, range.earliestStart, excludeId, dentistId);
}
