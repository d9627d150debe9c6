import { type Kysely, sql } from 'kysely';

/**
 * Each person's language (none until they choose; the clinic's default then applies) and the
 * clinic's default language and clock. The checks list the same values as LANGUAGES and
 * TIME_FORMATS in the domain package; a shipped migration keeps its own copy.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('language', 'text', (c) => c.check(sql`language in ('en', 'es', 'de', 'fr')`))
    .execute();
  await db.schema
    .alterTable('clinic')
    .addColumn('default_language', 'text', (c) =>
      c.notNull().defaultTo('en').check(sql`default_language in ('en', 'es', 'de', 'fr')`),
    )
    .execute();
  await db.schema
    .alterTable('clinic')
    .addColumn('time_format', 'text', (c) =>
      c.notNull().defaultTo('24h').check(sql`time_format in ('24h', '12h')`),
    )
    .execute();
}
