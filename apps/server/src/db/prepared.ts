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

const MAX_SHAPES = 64;

/**
 * A hot query whose SQL text depends only on which options are set (its shape), compiled
 * once per shape. `values` lists the options' values in the order the built query binds them.
 * The first compile of each shape checks that order against Kysely's own, so a `values` that
 * drifts from `build` fails loudly instead of binding one filter's value to another.
 */
export function preparedByShape<Options, Row>(
  build: (db: Kysely<Database>, options: Options) => Compilable<Row>,
  shape: (options: Options) => string,
  values: (options: Options) => unknown[],
) {
  const compiled = new WeakMap<Kysely<Database>, Map<string, CompiledQuery<Row>>>();
  return (db: Kysely<Database>, options: Options): CompiledQuery<Row> => {
    let shapes = compiled.get(db);
    if (!shapes) {
      shapes = new Map();
      compiled.set(db, shapes);
    }
    const key = shape(options);
    const parameters = values(options);
    let query = shapes.get(key);
    if (!query) {
      query = build(db, options).compile();
      if (!sameValues(query.parameters, parameters)) {
        throw new Error(`values() disagrees with the built query for shape ${key}`);
      }
      if (shapes.size >= MAX_SHAPES) shapes.clear();
      shapes.set(key, query);
    }
    return { ...query, parameters };
  };
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
