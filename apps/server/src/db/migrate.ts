import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db, Engine } from './connect.ts';
import * as foundation from './migrations/001-foundation.ts';
import * as appointments from './migrations/002-appointments.ts';
import * as historyReason from './migrations/003-history-reason.ts';
import * as auditIndexes from './migrations/004-audit-indexes.ts';
import * as auditEvents from './migrations/005-audit-events.ts';
import * as notifications from './migrations/006-notifications.ts';
import * as appointmentVersion from './migrations/007-appointment-version.ts';
import * as maxOpenRequests from './migrations/008-max-open-requests.ts';
import * as signInAddresses from './migrations/009-sign-in-addresses.ts';
import * as languages from './migrations/010-languages.ts';
import * as availability from './migrations/011-availability.ts';
import * as visitDay from './migrations/012-visit-day.ts';
import * as patientRecord from './migrations/013-patient-record.ts';
import * as dentistColour from './migrations/014-dentist-colour.ts';
import * as clinicContact from './migrations/015-clinic-contact.ts';
import * as patientChanges from './migrations/016-patient-changes.ts';
import * as accountEmails from './migrations/017-account-emails.ts';
import * as accountClosure from './migrations/018-account-closure.ts';
import * as dependants from './migrations/019-dependants.ts';
import * as visitAnswers from './migrations/020-visit-answers.ts';
import * as textMessages from './migrations/021-text-messages.ts';
import * as calendarFeeds from './migrations/022-calendar-feeds.ts';
import * as inbox from './migrations/023-inbox.ts';

interface EngineAwareMigration {
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

// Listed here rather than read from disk, so the bundled server carries its migrations.
// Names sort in the order they must run; never rename or edit one that has shipped.
const MIGRATIONS: Record<string, EngineAwareMigration> = {
  '001-foundation': foundation,
  '002-appointments': appointments,
  '003-history-reason': historyReason,
  '004-audit-indexes': auditIndexes,
  '005-audit-events': auditEvents,
  '006-notifications': notifications,
  '007-appointment-version': appointmentVersion,
  '008-max-open-requests': maxOpenRequests,
  '009-sign-in-addresses': signInAddresses,
  '010-languages': languages,
  '011-availability': availability,
  '012-visit-day': visitDay,
  '013-patient-record': patientRecord,
  '014-dentist-colour': dentistColour,
  '015-clinic-contact': clinicContact,
  '016-patient-changes': patientChanges,
  '017-account-emails': accountEmails,
  '018-account-closure': accountClosure,
  '019-dependants': dependants,
  '020-visit-answers': visitAnswers,
  '021-text-messages': textMessages,
  '022-calendar-feeds': calendarFeeds,
  '023-inbox': inbox,
};

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly engine: Engine) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, m]) => [
        name,
        { up: (db: Kysely<unknown>) => m.up(db, this.engine) },
      ]),
    );
  }
}

/**
 * Applies pending migrations, or those up to and including `last` (tests of a migration start
 * from the schema before it); on PostgreSQL a lock lets several servers start at once.
 */
export async function migrateToLatest(db: Db, last?: string): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: new StaticMigrationProvider(db.engine),
  });
  const { error, results } = await (last === undefined
    ? migrator.migrateToLatest()
    : migrator.migrateTo(last));
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Applies migrations up to and including `name`: tests of an upgrade start from an older schema. */
export async function migrateUpTo(db: Db, name: keyof typeof MIGRATIONS): Promise<void> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: new StaticMigrationProvider(db.engine),
  });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}
