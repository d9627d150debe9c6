import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { editDefinition, rebuildSqliteTables } from './sqlite-rebuild.ts';

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
    await rebuildSqliteTables(db, {
      notifications: (definition) => editDefinition(definition, OLD_KINDS, KINDS),
    });
  }
}
