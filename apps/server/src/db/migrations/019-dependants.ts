import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';

/**
 * Dependants: a patient (a child, a parent cared for) whose visits another patient, their
 * guardian, books and follows. `guardian_id` names the guardian; one guardian per dependant
 * (decision 039). A dependant needs neither email nor phone: the guardian is reached instead,
 * so the reachability rule of migrations 013 and 018 admits them. Within one row: only a patient is a
 * dependant, never of themselves. Across rows, a trigger refuses a guardian who is not a
 * patient or is a dependant themselves, and a person with dependants becoming a dependant or
 * leaving the patients.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('guardian_id', 'integer', (c) => c.references('users.id'))
    .execute();
  if (engine === 'postgres') {
    await sql`alter table users
      add constraint users_dependant_is_patient check (${DEPENDANT_IS_PATIENT}),
      drop constraint users_reachable,
      add constraint users_reachable check (${REACHABLE})`.execute(db);
    await sql`create function users_family_check() returns trigger language plpgsql as $$
      begin
        if new.guardian_id is not null and not exists (
          select 1 from users g
          where g.id = new.guardian_id and g.role = 'patient' and g.guardian_id is null
        ) then
          raise exception 'family_link: a guardian is a patient who is not a dependant'
            using errcode = '23514';
        end if;
        if (new.guardian_id is not null or new.role <> 'patient')
          and exists (select 1 from users d where d.guardian_id = new.id) then
          raise exception 'family_link: a guardian stays a patient and is no dependant'
            using errcode = '23514';
        end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger users_family
      before insert or update of guardian_id, role on users
      for each row execute function users_family_check()`.execute(db);
  } else {
    await rebuildSqliteUsers(db);
    for (const event of ['insert', 'update']) {
      const when = event === 'update' ? sql.raw('update of guardian_id, role') : sql.raw('insert');
      await sql`create trigger ${sql.raw(`users_family_${event}`)}
        before ${when} on users
        begin
          select raise(abort, 'family_link: a guardian is a patient who is not a dependant')
          where new.guardian_id is not null and not exists (
            select 1 from users g
            where g.id = new.guardian_id and g.role = 'patient' and g.guardian_id is null);
          select raise(abort, 'family_link: a guardian stays a patient and is no dependant')
          where (new.guardian_id is not null or new.role <> 'patient')
            and exists (select 1 from users d where d.guardian_id = new.id);
        end`.execute(db);
    }
  }
  await db.schema.createIndex('users_guardian').on('users').column('guardian_id').execute();
}

const DEPENDANT_IS_PATIENT = sql`guardian_id is null or (role = 'patient' and guardian_id <> id)`;
const REACHABLE = sql`email is not null or phone_digits <> '' or closed_at is not null or guardian_id is not null`;

/**
 * SQLite cannot alter a CHECK: the table is rebuilt from its own stored definition, edited, as
 * migration 013 did (foreign keys off while it is replaced, checked before the commit).
 */
async function rebuildSqliteUsers(db: Kysely<unknown>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  await sql`begin immediate`.execute(db);
  try {
    const { rows } = await sql<{ type: string; sql: string }>`
      select type, sql from sqlite_master
      where tbl_name = 'users' and sql is not null
      order by case type when 'table' then 0 when 'index' then 1 else 2 end`.execute(db);
    const [definition, ...dependents] = rows;
    // Triggers of other tables that read users (the audit log's, since migration 018) would
    // name a missing table while users is replaced: set aside, then made again.
    const { rows: readers } = await sql<{ name: string; sql: string }>`
      select name, sql from sqlite_master
      where type = 'trigger' and tbl_name <> 'users' and sql like '%users%'`.execute(db);
    for (const reader of readers) await sql`drop trigger ${sql.id(reader.name)}`.execute(db);
    const reachable =
      /constraint users_reachable check \(email is not null or phone_digits <> '' or closed_at is not null\)/;
    if (definition?.type !== 'table' || !reachable.test(definition.sql)) {
      throw new Error(`Unexpected definition of users: ${definition?.sql}`);
    }
    const created = definition.sql
      .replace(
        reachable,
        `constraint users_reachable check (email is not null or phone_digits <> '' or closed_at is not null or guardian_id is not null),
  constraint users_dependant_is_patient check (guardian_id is null or (role = 'patient' and guardian_id <> id))`,
      )
      .replace(/^create table\s+("?)users\1/i, 'create table "users_rebuilt"');
    await sql.raw(created).execute(db);
    await sql`insert into users_rebuilt select * from users`.execute(db);
    await sql`drop table users`.execute(db);
    await sql`alter table users_rebuilt rename to users`.execute(db);
    for (const dependent of dependents) await sql.raw(dependent.sql).execute(db);
    for (const reader of readers) await sql.raw(reader.sql).execute(db);
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error('Rebuilding users broke a foreign key.');
    await sql`commit`.execute(db);
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
