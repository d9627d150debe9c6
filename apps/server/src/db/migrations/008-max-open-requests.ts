import { type Kysely, sql } from 'kysely';

/**
 * How many requests one patient may have waiting at once: a clinic setting, 3 until the owner
 * changes it. The database keeps it within the range the API accepts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('clinic')
    .addColumn('max_open_requests', 'integer', (c) =>
      c.notNull().defaultTo(3).check(sql`max_open_requests between 1 and 50`),
    )
    .execute();
}
