import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { withId } from './portable.ts';
import { editDefinition, rebuildSqliteTables } from './sqlite-rebuild.ts';

/**
 * Closing a patient's account (decision 038): `users.closed_at`; a closed account may have
 * neither email nor phone; patients' requests to close, at most one open each; `exported` and
 * `closed` in the audit log; and the one rewrite the append-only audit log allows, of entries
 * about an account once it is closed, so the person is anonymised there too. The checks spell
 * out CLOSURE_REQUEST_STATUSES of the domain package as they are today.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('users').addColumn('closed_at', 'bigint').execute();
  await withId(db.schema.createTable('closure_requests'), engine)
    .addColumn('patient_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'withdrawn', 'closed')`),
    )
    .addColumn('requested_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .execute();
  // One open request per patient, however many tabs ask at once.
  await db.schema
    .createIndex('closure_requests_one_open')
    .on('closure_requests')
    .column('patient_id')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema
    .createIndex('closure_requests_by_patient')
    .on('closure_requests')
    .columns(['patient_id', 'id'])
    .execute();

  if (engine === 'postgres') {
    const actions = widenedActions(await postgresActionCheck(db));
    await sql`alter table users
      drop constraint users_reachable,
      add constraint users_reachable check (${REACHABLE})`.execute(db);
    await sql`alter table audit_events
      drop constraint audit_events_action_check,
      add constraint audit_events_action_check check (action in (${sql.join(
        actions.map((a) => sql.lit(a)),
      )}))`.execute(db);
    await sql`create or replace function audit_events_are_append_only() returns trigger
      language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and ${ERASURE_ONLY} then return new; end if;
        raise exception 'the audit log is append-only';
      end $$`.execute(db);
  } else {
    await rebuildSqliteTables(db, {
      users: (definition) =>
        editDefinition(
          definition,
          /check \(email is not null or phone_digits <> ''\)/,
          "check (email is not null or phone_digits <> '' or closed_at is not null)",
        ),
      audit_events: (definition) => {
        const check = /action in \(([^)]*)\)/;
        const actions = widenedActions(definition.match(check)?.[1] ?? '');
        const allowed = actions.map((a) => `'${a}'`).join(', ');
        return editDefinition(definition, check, `action in (${allowed})`);
      },
    });
    await sql`drop trigger audit_events_no_update`.execute(db);
    await sql`create trigger audit_events_no_update
      before update on audit_events
      when not (${ERASURE_ONLY})
      begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
  }
}

/** Reachable by email or phone, unless the account was closed and the person erased. */
const REACHABLE = sql`email is not null or phone_digits <> '' or closed_at is not null`;
const ADDED_ACTIONS = ['exported', 'closed'];

/**
 * An update of an audit entry is allowed only to anonymise it: about an account that is closed,
 * and touching nothing but the name and the changes recorded.
 */
const ERASURE_ONLY = sql`old.subject = 'account'
  and new.id = old.id and new.at = old.at and new.action = old.action
  and new.subject = old.subject and new.subject_id = old.subject_id
  and (new.actor_id = old.actor_id or (new.actor_id is null and old.actor_id is null))
  and exists (select 1 from users where users.id = old.subject_id and users.closed_at is not null)`;

/** The actions the check allows today, read from it: other migrations may have widened it. */
async function postgresActionCheck(db: Kysely<unknown>): Promise<string> {
  const { rows } = await sql<{ definition: string }>`
    select pg_get_constraintdef(oid) as definition from pg_constraint
    where conname = 'audit_events_action_check'`.execute(db);
  const definition = rows[0]?.definition;
  if (!definition) throw new Error('No check on audit_events.action.');
  return definition;
}

/** The actions a check's text names, and ours after them. */
function widenedActions(definition: string): string[] {
  const present = [...definition.matchAll(/'(\w+)'/g)].map((m) => m[1] ?? '');
  return [...present, ...ADDED_ACTIONS.filter((a) => !present.includes(a))];
}
