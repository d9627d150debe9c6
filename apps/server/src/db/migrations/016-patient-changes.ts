import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';

const OLD_KINDS =
  "kind in ('request_received', 'appointment_confirmed', 'appointment_moved', 'appointment_cancelled', 'reminder')";
/** NOTIFICATION_KINDS of the domain package as they are today; a shipped migration keeps its copy. */
const KINDS =
  "kind in ('request_received', 'appointment_confirmed', 'appointment_moved', 'appointment_cancelled', 'reminder', 'patient_cancelled', 'patient_moved')";

/**
 * Patients cancel and move their own visits: the clinic's cut-off (whole hours before the
 * start, 0–720, 24 until changed) and whether a moved confirmed visit stays confirmed (0/1, no
 * until changed); and the front desk's emails about such changes, two new kinds of message.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .alterTable('clinic')
    .addColumn('patient_change_cutoff_hours', 'integer', (c) =>
      c.notNull().defaultTo(24).check(sql`patient_change_cutoff_hours between 0 and 720`),
    )
    .execute();
  await db.schema
    .alterTable('clinic')
    .addColumn('patients_move_confirmed', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`patients_move_confirmed between 0 and 1`),
    )
    .execute();
  if (engine === 'postgres') {
    await sql`alter table notifications
      drop constraint notifications_kind_check,
      add constraint notifications_kind_check check (${sql.raw(KINDS)})`.execute(db);
  } else {
    await rebuildSqliteNotifications(db);
  }
}

/**
 * SQLite cannot alter a CHECK: the table is rebuilt from its own stored definition with the
 * wider list, so whatever columns it has keep their order, and its ids, indexes and counter
 * stay. No table refers to it, so foreign keys stay on; one transaction makes it all or nothing.
 */
async function rebuildSqliteNotifications(db: Kysely<unknown>): Promise<void> {
  await sql`begin immediate`.execute(db);
  try {
    const { rows } = await sql<{ type: string; sql: string }>`
      select type, sql from sqlite_master
      where tbl_name = 'notifications' and sql is not null
      order by case type when 'table' then 0 else 1 end`.execute(db);
    const [definition, ...dependents] = rows;
    if (definition?.type !== 'table' || !definition.sql.includes(OLD_KINDS)) {
      throw new Error(`Unexpected definition of notifications: ${definition?.sql}`);
    }
    const created = definition.sql
      .replace(OLD_KINDS, KINDS)
      .replace(/^create table\s+("?)notifications\1/i, 'create table "notifications_widened"');
    const { rows: counter } = await sql<{ seq: number }>`
      select seq from sqlite_sequence where name = 'notifications'`.execute(db);
    await sql.raw(created).execute(db);
    await sql`insert into notifications_widened select * from notifications`.execute(db);
    await sql`drop table notifications`.execute(db);
    await sql`alter table notifications_widened rename to notifications`.execute(db);
    // An id once given is never given again, as before the rebuild.
    const seq = counter[0]?.seq;
    if (seq !== undefined) {
      await sql`update sqlite_sequence set seq = max(seq, ${seq}) where name = 'notifications'`.execute(
        db,
      );
    }
    for (const dependent of dependents) await sql.raw(dependent.sql).execute(db);
    await sql`commit`.execute(db);
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  }
}
