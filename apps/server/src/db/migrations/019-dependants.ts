import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.ts';
import { editDefinition, rebuildSqliteTables } from './sqlite-rebuild.ts';

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
    await rebuildSqliteTables(db, {
      users: (definition) =>
        editDefinition(
          definition,
          /constraint users_reachable check \(email is not null or phone_digits <> '' or closed_at is not null\)/,
          `constraint users_reachable check (${REACHABLE_TEXT}),
  constraint users_dependant_is_patient check (${DEPENDANT_IS_PATIENT_TEXT})`,
        ),
    });
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

const DEPENDANT_IS_PATIENT_TEXT = "guardian_id is null or (role = 'patient' and guardian_id <> id)";
const REACHABLE_TEXT =
  "email is not null or phone_digits <> '' or closed_at is not null or guardian_id is not null";
const DEPENDANT_IS_PATIENT = sql.raw(DEPENDANT_IS_PATIENT_TEXT);
const REACHABLE = sql.raw(REACHABLE_TEXT);
