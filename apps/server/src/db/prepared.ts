import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * A hot lookup compiled once per database handle instead of on every call. Building and
 * compiling a Kysely query costs more than running a primary-key lookup, and these run on
 * every request (sessions, users, appointments by id).
 *
 * `build` receives placeholder values; `run` supplies the real ones in the same order. Use it
 * only for queries whose parameters are exactly those placeholders.
 */
export function prepared<Params extends readonly unknown[], Row>(
  build: (db: Kysely<Database>) => Compilable<Row>,
) {
  const compiled = new WeakMap<Kysely<Database>, CompiledQuery<Row>>();
  return async (db: Kysely<Database>, ...parameters: Params): Promise<Row[]> => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db).compile();
      if (query.parameters.length !== parameters.length) {
        throw new Error(`prepared query expects ${query.parameters.length} parameters`);
      }
      compiled.set(db, query);
    }
    const result = await db.executeQuery<Row>({ ...query, parameters });
    return result.rows;
  };
}
