import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';

/**
 * Who changed accounts, services and the clinic's settings, beside the appointment history in
 * the owner's audit log. No foreign key to the subject: a deleted service keeps its entries.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('audit_events'), engine)
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('subject', 'text', (c) =>
      c.notNull().check(sql`subject in ('account', 'service', 'clinic')`),
    )
    .addColumn('subject_id', 'integer')
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`action in ('created', 'updated', 'deleted')`),
    )
    .addColumn('changes', 'text', (c) => c.notNull())
    .execute();
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

  // Append-only, like the appointment history: no code path can rewrite the past.
  if (engine === 'postgres') {
    await sql`create function audit_events_are_append_only() returns trigger
      language plpgsql as $$ begin raise exception 'the audit log is append-only'; end $$`.execute(
      db,
    );
    await sql`create trigger audit_events_append_only
      before update or delete on audit_events
      for each row execute function audit_events_are_append_only()`.execute(db);
  } else {
    for (const event of ['update', 'delete']) {
      await sql`create trigger ${sql.raw(`audit_events_no_${event}`)}
        before ${sql.raw(event)} on audit_events
        begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
    }
  }
}
