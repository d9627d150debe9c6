import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

const ACTIONS = sql`action in ('created', 'updated', 'deleted', 'locked')`;

/**
 * Where each account has signed in from, so failures from other addresses never lock out a
 * place its holder is known to use; and `locked` in the audit log, for sign-in lock-outs.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('sign_in_addresses')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('last_signed_in_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sign_in_addresses_pk', ['user_id', 'address'])
    .execute();

  if (engine === 'postgres') {
    await sql`alter table audit_events
      drop constraint audit_events_action_check,
      add constraint audit_events_action_check check (${ACTIONS})`.execute(db);
    return;
  }
  await widenSqliteAuditActions(db);
}

/** SQLite cannot alter a CHECK: the table is rebuilt, ids, indexes and triggers kept. */
async function widenSqliteAuditActions(db: Kysely<unknown>): Promise<void> {
  for (const event of ['update', 'delete']) {
    await sql`drop trigger ${sql.raw(`audit_events_no_${event}`)}`.execute(db);
  }
  await withId(db.schema.createTable('audit_events_widened'), 'sqlite')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('subject', 'text', (c) =>
      c.notNull().check(sql`subject in ('account', 'service', 'clinic')`),
    )
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
