import {
  ACCOUNT_LINK_PURPOSES,
  APPOINTMENT_STATUSES,
  AUDIT_ACTIONS,
  AUDITED_RECORDS,
  CLOSURE_REQUEST_STATUSES,
  CONTACT_CHANNELS,
  DENTIST_COLOURS,
  HISTORY_ACTIONS,
  INBOX_KINDS,
  LANGUAGES,
  MESSAGE_CHANNELS,
  MESSAGE_TOPICS,
  NOTIFICATION_KINDS,
  ROLES,
  SCHEDULE_EXCEPTION_KINDS,
  SMS_REPLY_INTENTS,
  SMS_REPLY_KINDS,
  SMS_REPLY_OUTCOMES,
  TIME_FORMATS,
  VISIT_ANSWERS,
} from '@clinic/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import type { Db } from './connect.ts';

/**
 * The database refuses values outside each enumeration by a CHECK its migrations wrote out
 * literally, since a migration that has shipped must keep meaning what it meant. These are the
 * arrays the API's schemas and the web app use, so a value added to one without a migration
 * that widens the check (or the other way round) fails here, on either engine.
 */
const ENUMERATIONS: Record<string, readonly string[]> = {
  'users.role': ROLES,
  'appointments.status': APPOINTMENT_STATUSES,
  'appointment_history.action': HISTORY_ACTIONS,
  'audit_events.subject': AUDITED_RECORDS,
  'audit_events.action': AUDIT_ACTIONS,
  'notifications.kind': NOTIFICATION_KINDS,
  'users.language': LANGUAGES,
  'users.colour': DENTIST_COLOURS,
  'users.contact_channel': CONTACT_CHANNELS,
  'clinic.default_language': LANGUAGES,
  'clinic.time_format': TIME_FORMATS,
  'schedule_exceptions.kind': SCHEDULE_EXCEPTION_KINDS,
  'closure_requests.status': CLOSURE_REQUEST_STATUSES,
  'account_links.purpose': ACCOUNT_LINK_PURPOSES,
  'account_emails.kind': ACCOUNT_LINK_PURPOSES,
  'message_preferences.topic': MESSAGE_TOPICS,
  'inbox_items.kind': INBOX_KINDS,
  'visit_links.answer': VISIT_ANSWERS,
  'notifications.channel': MESSAGE_CHANNELS,
  'sms_inbound.intent': SMS_REPLY_INTENTS,
  'sms_inbound.outcome': SMS_REPLY_OUTCOMES,
  'sms_replies.kind': SMS_REPLY_KINDS,
};

const quoted = (list: string) =>
  [...list.matchAll(/'((?:[^']|'')*)'/g)].map((m) => (m[1] ?? '').replaceAll("''", "'"));

/** `table.column` → the values its `column in (…)` check allows, as the database keeps it. */
async function allowedValues(db: Db): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (db.engine === 'sqlite') {
    const { rows } = await sql<{ name: string; sql: string }>`
      select name, sql from sqlite_master where type = 'table' and sql is not null`.execute(
      db.kysely,
    );
    for (const table of rows) {
      for (const m of table.sql.matchAll(/check\s*\(\s*"?(\w+)"?\s+in\s*\(([^)]*)\)\s*\)/gi)) {
        found.set(`${table.name}.${m[1]}`, quoted(m[2] ?? ''));
      }
    }
    return found;
  }
  const { rows } = await sql<{ table: string; definition: string }>`
    select conrelid::regclass::text as table, pg_get_constraintdef(oid) as definition
    from pg_constraint
    where contype = 'c' and connamespace = 'public'::regnamespace`.execute(db.kysely);
  for (const { table, definition } of rows) {
    // PostgreSQL keeps `x in ('a', 'b')` as `x = ANY (ARRAY['a'::text, 'b'::text])`.
    const m = /^CHECK \(+"?(\w+)"? = ANY \(+ARRAY\[(.*)\]/.exec(definition);
    if (m) found.set(`${table}.${m[1]}`, quoted(m[2] ?? ''));
  }
  return found;
}

describe('the database’s checks and the enumerations', () => {
  let t: TestApp;
  let allowed: Map<string, string[]>;
  beforeAll(async () => {
    t = await createTestApp();
    allowed = await allowedValues(t.ctx.db);
  });
  afterAll(() => t.close());

  it('has a check of a fixed list on exactly the columns that hold an enumeration', () => {
    expect([...allowed.keys()].sort()).toEqual(Object.keys(ENUMERATIONS).sort());
  });

  it.each(Object.entries(ENUMERATIONS))(
    'lets %s hold exactly the array’s values',
    (column, values) => {
      expect(allowed.get(column)?.sort()).toEqual([...values].sort());
    },
  );
});
