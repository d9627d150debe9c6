import { type Kysely, sql } from 'kysely';

/**
 * How patients reach the clinic: its phone, postal address and email, '' until the owner gives
 * them. The lengths are the API's; a shipped migration keeps its own copy of the numbers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const columns = [
    ['phone', 40],
    ['address', 300],
    ['email', 254],
  ] as const;
  for (const [column, limit] of columns) {
    await db.schema
      .alterTable('clinic')
      .addColumn(column, 'text', (c) =>
        c
          .notNull()
          .defaultTo('')
          .check(sql`length(${sql.ref(column)}) <= ${sql.lit(limit)}`),
      )
      .execute();
  }
}
