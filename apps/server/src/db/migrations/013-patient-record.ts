import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';

/**
 * A patient's record: contact channel, date of birth, medical alerts (JSON text of a list of
 * short strings) and the team's notes; the digits of each phone, for searching; patients
 * registered with a phone number only (email NULL, which a unique index lets many rows hold);
 * and `opened` in the audit log, for each opening of a record by the team. The checks spell
 * out CONTACT_CHANNELS and AUDIT_ACTIONS of the domain package as they are today.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('phone_digits', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('users').addColumn('date_of_birth', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('contact_channel', 'text', (c) =>
      c.check(sql`contact_channel in ('email', 'phone', 'sms')`),
    )
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('medical_alerts', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await fillPhoneDigits(db);

  if (engine === 'postgres') {
    await sql`alter table users
      alter column email drop not null,
      add constraint users_email_only_patients check (${EMAIL_ONLY_PATIENTS}),
      add constraint users_reachable check (${REACHABLE})`.execute(db);
    await sql`alter table audit_events
      drop constraint audit_events_action_check,
      add constraint audit_events_action_check check (${ACTIONS})`.execute(db);
  } else {
    await rebuildSqliteTables(db);
  }
  await db.schema.createIndex('users_phone_digits').on('users').column('phone_digits').execute();
}

/** Staff sign in with their email; a patient may have none, and then has a phone. */
const EMAIL_ONLY_PATIENTS = sql`email is not null or role = 'patient'`;
const REACHABLE = sql`email is not null or phone_digits <> ''`;
const ACTIONS = sql`action in ('created', 'updated', 'deleted', 'locked', 'opened')`;

async function fillPhoneDigits(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ id: number; phone: string }>`
    select id, phone from users where phone <> ''`.execute(db);
  for (const { id, phone } of rows) {
    await sql`update users set phone_digits = ${phone.replace(/\D/g, '')} where id = ${id}`.execute(
      db,
    );
  }
}

/**
 * SQLite cannot drop a NOT NULL or alter a CHECK: each table is rebuilt from its own stored
 * definition, edited, so whatever columns earlier migrations gave it stay, with its ids,
 * indexes and triggers. `users` is named by many foreign keys: they are switched off while the
 * table is replaced (the documented way; SQLite allows it only outside a transaction, and
 * migrations on SQLite run outside one), the rows are checked against them before the commit.
 */
async function rebuildSqliteTables(db: Kysely<unknown>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  await sql`begin immediate`.execute(db);
  try {
    await rebuildSqliteTable(db, 'users', (definition) =>
      edit(definition, /"email" text not null/, '"email" text').replace(
        /\)\s*$/,
        `, constraint users_email_only_patients check (email is not null or role = 'patient'),
  constraint users_reachable check (email is not null or phone_digits <> ''))`,
      ),
    );
    await rebuildSqliteTable(db, 'audit_events', (definition) =>
      edit(
        definition,
        /action in \('created', 'updated', 'deleted', 'locked'\)/,
        "action in ('created', 'updated', 'deleted', 'locked', 'opened')",
      ),
    );
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error('Rebuilding tables broke a foreign key.');
    await sql`commit`.execute(db);
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

function edit(definition: string, find: RegExp, replacement: string): string {
  if (!find.test(definition)) throw new Error(`Unexpected table definition: ${definition}`);
  return definition.replace(find, replacement);
}

async function rebuildSqliteTable(
  db: Kysely<unknown>,
  table: string,
  editDefinition: (definition: string) => string,
): Promise<void> {
  const { rows } = await sql<{ type: string; name: string; sql: string }>`
    select type, name, sql from sqlite_master
    where tbl_name = ${table} and sql is not null
    order by case type when 'table' then 0 when 'index' then 1 else 2 end`.execute(db);
  const [definition, ...dependents] = rows;
  if (definition?.type !== 'table') throw new Error(`No table ${table}.`);
  const rebuilt = `${table}_rebuilt`;
  const created = editDefinition(definition.sql).replace(
    /^create table\s+("?)\w+\1/i,
    `create table "${rebuilt}"`,
  );
  await sql.raw(created).execute(db);
  await sql`insert into ${sql.table(rebuilt)} select * from ${sql.table(table)}`.execute(db);
  await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`alter table ${sql.table(rebuilt)} rename to ${sql.table(table)}`.execute(db);
  // Indexes and triggers went with the old table; their stored text recreates them as they were.
  for (const dependent of dependents) await sql.raw(dependent.sql).execute(db);
}
