import { phoneSearchDigits } from '@clinic/domain';
import { sql } from 'kysely';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A case-insensitive "contains" on a person's name or email, the same on both engines: emails
 * are stored lower-case, names are lowered here, and `%`/`_` typed by a person match only
 * themselves (SQLite has no default LIKE escape character, so one is named). A search with at
 * least three digits also matches phone numbers containing those digits, however either was
 * written ("91 100" finds "+351 911 000 000"), through the stored digits of each phone.
 */
export function personMatches(search: string, table = 'users') {
  const [pattern, , digits] = personMatchesValues(search);
  const name = sql.ref(`${table}.name`);
  const email = sql.ref(`${table}.email`);
  if (digits === undefined) {
    return sql<boolean>`(lower(${name}) like ${pattern} escape '\\' or ${email} like ${pattern} escape '\\')`;
  }
  const phoneDigits = sql.ref(`${table}.phone_digits`);
  return sql<boolean>`(lower(${name}) like ${pattern} escape '\\' or ${email} like ${pattern} escape '\\' or ${phoneDigits} like ${digits})`;
}

/** The values `personMatches` binds, in order, for queries compiled once and reused. */
export function personMatchesValues(search: string): string[] {
  const pattern = `%${escapeLike(search.toLowerCase())}%`;
  const digits = phoneSearchDigits(search);
  return digits === null ? [pattern, pattern] : [pattern, pattern, `%${digits}%`];
}

/** Which of `personMatches`' two forms `search` takes, for caching compiled queries by shape. */
export function personMatchShape(search: string | undefined): string {
  if (!search) return '';
  return phoneSearchDigits(search) === null ? 'text' : 'text+phone';
}
