import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

/**
 * Dentists' weekly working hours, one-off exceptions to them, who performs which service,
 * the chair time a service leaves after the visit, and the clinic's booking rules. The checks
 * repeat the limits of the domain package literally: a shipped migration keeps its meaning.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  // `valid_from` '0000-01-01' stands for "since always": a plain NOT NULL column keeps one
  // unique index meaning the same on both engines (NULLs never collide in a unique index).
  await withId(db.schema.createTable('working_hours'), engine)
    .addColumn('dentist_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    // JSON text of WeeklyHours.
    .addColumn('days', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('working_hours_one_per_start', ['dentist_id', 'valid_from'])
    .execute();

  await withId(db.schema.createTable('schedule_exceptions'), engine)
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('closure', 'time_off', 'extra_hours')`),
    )
    .addColumn('dentist_id', 'integer', (c) => c.references('users.id'))
    .addColumn('date_from', 'text', (c) => c.notNull())
    .addColumn('date_to', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('schedule_exceptions_dates_in_order', sql`date_to >= date_from`)
    .addCheckConstraint(
      'schedule_exceptions_closure_is_clinic_wide',
      sql`(kind = 'closure' and dentist_id is null) or (kind <> 'closure' and dentist_id is not null)`,
    )
    .addCheckConstraint(
      'schedule_exceptions_times_together',
      sql`(start_time is null and end_time is null)
        or (start_time is not null and end_time is not null and start_time < end_time)`,
    )
    .execute();
  // Availability asks which exceptions overlap a range of days; none spans more than 366 days,
  // so a search on date_from can stop that far back.
  await db.schema
    .createIndex('schedule_exceptions_by_dates')
    .on('schedule_exceptions')
    .columns(['date_from', 'date_to'])
    .execute();
  await db.schema
    .createIndex('schedule_exceptions_by_dentist')
    .on('schedule_exceptions')
    .columns(['dentist_id', 'date_from'])
    .execute();

  await db.schema
    .createTable('service_dentists')
    .addColumn('service_id', 'integer', (c) =>
      c.notNull().references('services.id').onDelete('cascade'),
    )
    .addColumn('dentist_id', 'integer', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('service_dentists_pk', ['service_id', 'dentist_id'])
    .execute();
  await db.schema
    .createIndex('service_dentists_by_dentist')
    .on('service_dentists')
    .column('dentist_id')
    .execute();

  await db.schema
    .alterTable('services')
    .addColumn('buffer_after_minutes', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`buffer_after_minutes between 0 and 120`),
    )
    .execute();

  await db.schema
    .alterTable('clinic')
    .addColumn('min_notice_minutes', 'integer', (c) =>
      c.notNull().defaultTo(120).check(sql`min_notice_minutes between 0 and 20160`),
    )
    .execute();
  await db.schema
    .alterTable('clinic')
    .addColumn('booking_horizon_days', 'integer', (c) =>
      c.notNull().defaultTo(90).check(sql`booking_horizon_days between 1 and 730`),
    )
    .execute();
  // Written as comparisons, not `in (…)`: that form is kept for the text enumerations.
  await db.schema
    .alterTable('clinic')
    .addColumn('slot_step_minutes', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(15)
        .check(
          sql`slot_step_minutes = 5 or slot_step_minutes = 10 or slot_step_minutes = 15
            or slot_step_minutes = 20 or slot_step_minutes = 30 or slot_step_minutes = 60`,
        ),
    )
    .execute();

  if (engine === 'postgres') {
    // Free times read one dentist's active appointments by start; the exclusion constraint's
    // GiST index serves overlaps, a B-tree serves this ordered range best. SQLite already has
    // appointments_dentist_time on the same columns.
    await sql`create index appointments_active_by_dentist_time
      on appointments (dentist_id, starts_at) where status in ('pending', 'confirmed')`.execute(db);
    await sql`alter table audit_events
      drop constraint audit_events_subject_check,
      add constraint audit_events_subject_check check (${SUBJECTS})`.execute(db);
    return;
  }
  await widenSqliteAuditSubjects(db);
}

const SUBJECTS = sql`subject in ('account', 'service', 'clinic', 'working_hours', 'schedule_exception')`;
const ACTIONS = sql`action in ('created', 'updated', 'deleted', 'locked')`;

/** SQLite cannot alter a CHECK: the table is rebuilt, ids, indexes and triggers kept. */
async function widenSqliteAuditSubjects(db: Kysely<unknown>): Promise<void> {
  for (const event of ['update', 'delete']) {
    await sql`drop trigger ${sql.raw(`audit_events_no_${event}`)}`.execute(db);
  }
  await withId(db.schema.createTable('audit_events_widened'), 'sqlite')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('subject', 'text', (c) => c.notNull().check(SUBJECTS))
    .addColumn('subject_id', 'integer')
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(ACTIONS))
    .addColumn('changes', 'text', (c) => c.notNull())
    .execute();
  const columns = sql.raw('id, at, actor_id, subject, subject_id, subject_name, action, changes');
  await sql`insert into audit_events_widened (${columns}) select ${columns} from audit_events`.execute(
    db,
  );
  await db.schema.dropTable('audit_events').execute();
  await sql`alter table audit_events_widened rename to audit_events`.execute(db);
  await db.schema
    .createIndex('audit_events_by_time')
    .on('audit_events')
    .columns(['at', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_events_by_actor')
    .on('audit_events')
    .columns(['actor_id', 'id'])
    .execute();
  for (const event of ['update', 'delete']) {
    await sql`create trigger ${sql.raw(`audit_events_no_${event}`)}
      before ${sql.raw(event)} on audit_events
      begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
  }
}
