import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

const ACTIVE = sql.raw(`('pending', 'confirmed')`);
/** No appointment lasts longer than this, so an overlap search can stop looking this far back. */
const MAX_DURATION_MS = 8 * 60 * 60_000;

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('appointments'), engine)
    .addColumn('patient_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('dentist_id', 'integer', (c) => c.references('users.id'))
    .addColumn('service_id', 'integer', (c) => c.references('services.id'))
    // The clinic's wall-clock date and time are the contract; the instants are derived from
    // them with the clinic's zone and are what overlap rules compare.
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    // Kept, not recomputed on read: across a clock change the end's wall time is not start + duration.
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) =>
      c.notNull().check(sql`duration_minutes between 5 and 480`),
    )
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('pending', 'confirmed', 'completed', 'cancelled', 'no_show')`),
    )
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('appointments_ends_after_start', sql`ends_at > starts_at`)
    .execute();

  // The book is read in date order, whole or by one status, dentist or patient.
  await db.schema
    .createIndex('appointments_by_date')
    .on('appointments')
    .columns(['date', 'time', 'id'])
    .execute();
  await db.schema
    .createIndex('appointments_by_status')
    .on('appointments')
    .columns(['status', 'date', 'time', 'id'])
    .execute();
  await db.schema
    .createIndex('appointments_by_dentist')
    .on('appointments')
    .columns(['dentist_id', 'date', 'time', 'id'])
    .execute();
  await db.schema
    .createIndex('appointments_by_patient')
    .on('appointments')
    .columns(['patient_id', 'date', 'time', 'id'])
    .execute();
  await db.schema
    .createIndex('appointments_by_service')
    .on('appointments')
    .column('service_id')
    .execute();

  if (engine === 'postgres') {
    await sql`create extension if not exists btree_gist`.execute(db);
    // The database itself refuses overlapping active bookings, whatever races between servers.
    await sql`alter table appointments add constraint appointments_no_dentist_overlap
      exclude using gist (dentist_id with =, int8range(starts_at, ends_at) with &&)
      where (status in ${ACTIVE} and dentist_id is not null)`.execute(db);
    await sql`alter table appointments add constraint appointments_no_patient_overlap
      exclude using gist (patient_id with =, int8range(starts_at, ends_at) with &&)
      where (status in ${ACTIVE})`.execute(db);
  } else {
    await db.schema
      .createIndex('appointments_dentist_time')
      .on('appointments')
      .columns(['dentist_id', 'starts_at'])
      .execute();
    await db.schema
      .createIndex('appointments_patient_time')
      .on('appointments')
      .columns(['patient_id', 'starts_at'])
      .execute();
    // SQLite has one writer at a time, so a check inside a trigger is atomic with the write.
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

  // History outlives the appointment it describes, so it has no foreign key to it.
  await withId(db.schema.createTable('appointment_history'), engine)
    .addColumn('appointment_id', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`action in ('created', 'updated', 'deleted')`),
    )
    .addColumn('changes', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointment_history_by_appointment')
    .on('appointment_history')
    .columns(['appointment_id', 'id'])
    .execute();

  // Append-only, enforced below the application: no code path can rewrite the past.
  if (engine === 'postgres') {
    await sql`create function appointment_history_is_append_only() returns trigger
      language plpgsql as $$ begin raise exception 'appointment history is append-only'; end $$`.execute(
      db,
    );
    await sql`create trigger appointment_history_append_only
      before update or delete on appointment_history
      for each row execute function appointment_history_is_append_only()`.execute(db);
  } else {
    for (const event of ['update', 'delete']) {
      await sql`create trigger ${sql.raw(`appointment_history_no_${event}`)}
        before ${sql.raw(event)} on appointment_history
        begin select raise(abort, 'appointment history is append-only'); end`.execute(db);
    }
  }
}
