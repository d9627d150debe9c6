import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

const STATUSES = sql`status in ('pending', 'confirmed', 'arrived', 'in_chair', 'completed', 'cancelled', 'no_show')`;
/** A patient in the waiting room or in the chair holds the slot, like a confirmed visit. */
const ACTIVE = sql.raw(`('pending', 'confirmed', 'arrived', 'in_chair')`);
const MAX_DURATION_MS = 8 * 60 * 60_000;
// Written as comparisons, not `in (…)`: that form is kept for the text enumerations.
const ARRIVAL_RECORDED = sql`(status <> 'arrived' and status <> 'in_chair') or arrived_at is not null`;
const SEATING_RECORDED = sql`status <> 'in_chair' or seated_at is not null`;

/**
 * The day of the visit: a patient checked in (`arrived`) and seated (`in_chair`), with the
 * instants of each. Both statuses hold the slot, so the rules against double booking (and the
 * index free times are read from) now count them as active.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'postgres') {
    await sql`alter table appointments
      add column arrived_at bigint,
      add column seated_at bigint,
      drop constraint appointments_status_check,
      add constraint appointments_status_check check (${STATUSES}),
      add constraint appointments_arrival_recorded check (${ARRIVAL_RECORDED}),
      add constraint appointments_seating_recorded check (${SEATING_RECORDED}),
      drop constraint appointments_no_dentist_overlap,
      drop constraint appointments_no_patient_overlap,
      add constraint appointments_no_dentist_overlap
        exclude using gist (dentist_id with =, int8range(starts_at, ends_at) with &&)
        where (status in ${ACTIVE} and dentist_id is not null),
      add constraint appointments_no_patient_overlap
        exclude using gist (patient_id with =, int8range(starts_at, ends_at) with &&)
        where (status in ${ACTIVE})`.execute(db);
    await sql`drop index appointments_active_by_dentist_time`.execute(db);
    await sql`create index appointments_active_by_dentist_time
      on appointments (dentist_id, starts_at) where status in ${ACTIVE}`.execute(db);
    return;
  }
  await rebuildSqliteAppointments(db);
}

/** SQLite cannot alter a CHECK: the table is rebuilt, ids, indexes and triggers kept. */
async function rebuildSqliteAppointments(db: Kysely<unknown>): Promise<void> {
  for (const event of ['insert', 'update']) {
    await sql`drop trigger ${sql.raw(`appointments_no_overlap_${event}`)}`.execute(db);
  }
  // A deleted appointment's id is never given again (history names it): the counter moves over.
  const { rows } = await sql<{ seq: number }>`
    select seq from sqlite_sequence where name = 'appointments'`.execute(db);
  await withId(db.schema.createTable('appointments_widened'), 'sqlite')
    .addColumn('patient_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('dentist_id', 'integer', (c) => c.references('users.id'))
    .addColumn('service_id', 'integer', (c) => c.references('services.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) =>
      c.notNull().check(sql`duration_minutes between 5 and 480`),
    )
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(STATUSES))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('arrived_at', 'bigint')
    .addColumn('seated_at', 'bigint')
    .addCheckConstraint('appointments_ends_after_start', sql`ends_at > starts_at`)
    .addCheckConstraint('appointments_arrival_recorded', ARRIVAL_RECORDED)
    .addCheckConstraint('appointments_seating_recorded', SEATING_RECORDED)
    .execute();
  const columns = sql.raw(
    'id, patient_id, dentist_id, service_id, date, time, end_time, duration_minutes, starts_at, ends_at, status, notes, created_at, updated_at, version',
  );
  await sql`insert into appointments_widened (${columns}) select ${columns} from appointments`.execute(
    db,
  );
  await db.schema.dropTable('appointments').execute();
  await sql`alter table appointments_widened rename to appointments`.execute(db);
  const seq = rows[0]?.seq;
  if (seq !== undefined) {
    await sql`update sqlite_sequence set seq = max(seq, ${seq}) where name = 'appointments'`.execute(
      db,
    );
  }

  const indexes: [string, string[]][] = [
    ['appointments_by_date', ['date', 'time', 'id']],
    ['appointments_by_status', ['status', 'date', 'time', 'id']],
    ['appointments_by_dentist', ['dentist_id', 'date', 'time', 'id']],
    ['appointments_by_patient', ['patient_id', 'date', 'time', 'id']],
    ['appointments_by_service', ['service_id']],
    ['appointments_dentist_time', ['dentist_id', 'starts_at']],
    ['appointments_patient_time', ['patient_id', 'starts_at']],
  ];
  for (const [name, on] of indexes) {
    await db.schema.createIndex(name).on('appointments').columns(on).execute();
  }
  // As migration 002 wrote them, with the wider set of active statuses.
  for (const event of ['insert', 'update']) {
    const sameRow = event === 'update' ? sql.raw('and a.id <> new.id') : sql.raw('');
    const when =
      event === 'update'
        ? sql.raw('update of dentist_id, patient_id, starts_at, ends_at, status')
        : sql.raw('insert');
    await sql`create trigger ${sql.raw(`appointments_no_overlap_${event}`)}
      before ${when} on appointments
      when new.status in ${ACTIVE}
      begin
        select raise(abort, 'double_booking:dentist') where new.dentist_id is not null and exists (
          select 1 from appointments a
          where a.dentist_id = new.dentist_id and a.status in ${ACTIVE} ${sameRow}
            and a.starts_at < new.ends_at and a.ends_at > new.starts_at
            and a.starts_at > new.starts_at - ${sql.lit(MAX_DURATION_MS)});
        select raise(abort, 'double_booking:patient') where exists (
          select 1 from appointments a
          where a.patient_id = new.patient_id and a.status in ${ACTIVE} ${sameRow}
            and a.starts_at < new.ends_at and a.ends_at > new.starts_at
            and a.starts_at > new.starts_at - ${sql.lit(MAX_DURATION_MS)});
      end`.execute(db);
  }
}
