import { type Kysely, sql } from 'kysely';

/** Turns a table's stored `create table` statement into the one it should have been. */
export type DefinitionEdit = (definition: string) => string;

/**
 * SQLite cannot alter a CHECK: each table is rebuilt from its own stored definition, edited,
 * all in one transaction. Columns keep their order; rows, ids and the id counter stay (an id
 * once given is never given again); the table's indexes and triggers come back, and so do other
 * tables' triggers that read it (they would name a missing table while it is replaced).
 * Foreign keys are off while tables are swapped and checked before the commit.
 */
export async function rebuildSqliteTables(
  db: Kysely<unknown>,
  edits: Record<string, DefinitionEdit>,
): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  await sql`begin immediate`.execute(db);
  try {
    for (const [table, editDefinition] of Object.entries(edits)) {
      await rebuildTable(db, table, editDefinition);
    }
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

/** `definition` with `find` replaced; an unexpected definition stops the migration. */
export function editDefinition(definition: string, find: RegExp | string, replacement: string) {
  const found = typeof find === 'string' ? definition.includes(find) : find.test(definition);
  if (!found) throw new Error(`Unexpected table definition: ${definition}`);
  return definition.replace(find, replacement);
}

async function rebuildTable(db: Kysely<unknown>, table: string, edit: DefinitionEdit) {
  const { rows } = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_master
    where tbl_name = ${table} and sql is not null
    order by case type when 'table' then 0 when 'index' then 1 else 2 end`.execute(db);
  const [definition, ...dependents] = rows;
  if (definition?.type !== 'table') throw new Error(`No table ${table}.`);
  const { rows: readers } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master
    where type = 'trigger' and tbl_name <> ${table} and sql like ${`%${table}%`}`.execute(db);
  const { rows: counter } = await sql<{ seq: number }>`
    select seq from sqlite_sequence where name = ${table}`.execute(db);

  for (const reader of readers) await sql`drop trigger ${sql.id(reader.name)}`.execute(db);
  const rebuilt = `${table}_rebuilt`;
  const created = edit(definition.sql).replace(
    /^create table\s+("?)\w+\1/i,
    `create table "${rebuilt}"`,
  );
  await sql.raw(created).execute(db);
  await sql`insert into ${sql.table(rebuilt)} select * from ${sql.table(table)}`.execute(db);
  await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`alter table ${sql.table(rebuilt)} rename to ${sql.table(table)}`.execute(db);
  const seq = counter[0]?.seq;
  if (seq !== undefined) {
    await sql`update sqlite_sequence set seq = max(seq, ${seq}) where name = ${table}`.execute(db);
  }
  for (const dependent of dependents) await sql.raw(dependent.sql).execute(db);
  for (const reader of readers) await sql.raw(reader.sql).execute(db);
}
