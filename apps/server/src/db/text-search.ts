import { sql } from 'kysely';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A case-insensitive "contains" on a user's name or email, the same on both engines: emails
 * are stored lower-case, names are lowered here, and `%`/`_` typed by a person match only
 * themselves (SQLite has no default LIKE escape character, so one is named).
 */
export function nameOrEmailContains(search: string, table = 'users') {
  const [pattern] = nameOrEmailContainsValues(search);
  const name = sql.ref(`${table}.name`);
  const email = sql.ref(`${table}.email`);
  return sql<boolean>`(lower(${name}) like ${pattern} escape '\\' or ${email} like ${pattern} escape '\\')`;
}

/** The values `nameOrEmailContains` binds, in order, for queries compiled once and reused. */
export function nameOrEmailContainsValues(search: string): [string, string] {
  const pattern = `%${escapeLike(search.toLowerCase())}%`;
  return [pattern, pattern];
}
