import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The patient's account, every column the export hands over, and whether it is closed. */
export function exportedAccount(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'name',
      'email',
      'phone',
      'role',
      'language',
      'dateOfBirth',
      'contactChannel',
      'medicalAlerts',
      'notes',
      'isActive',
      'createdAt',
      'closedAt',
      'guardianId',
    ])
    .where('id', '=', patientId)
    .executeTakeFirst();
}

/** Every visit of the patient, earliest first, with the names shown beside each id. */
export function exportedVisits(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('appointments as a')
    .leftJoin('users as d', 'd.id', 'a.dentistId')
    .leftJoin('services as s', 's.id', 'a.serviceId')
    .select([
      'a.id',
      's.name as serviceName',
      'd.name as dentistName',
      'a.date',
      'a.time',
      'a.endTime',
      'a.startsAt',
      'a.endsAt',
      'a.status',
      'a.notes',
      'a.createdAt',
    ])
    .where('a.patientId', '=', patientId)
    .orderBy('a.startsAt')
    .orderBy('a.id')
    .execute();
}

/**
 * The history of all the patient's visits in one read, grouped by visit and oldest first
 * within each: a patient with a thousand visits costs one query, not a thousand.
 */
export function exportedHistory(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('appointmentHistory as h')
    .innerJoin('appointments as a', 'a.id', 'h.appointmentId')
    .leftJoin('users as u', 'u.id', 'h.actorId')
    .select(['h.appointmentId', 'h.at', 'h.action', 'u.name as actorName', 'h.changes', 'h.reason'])
    .where('a.patientId', '=', patientId)
    .orderBy('h.appointmentId')
    .orderBy('h.id')
    .execute();
}

export function exportedSessions(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('sessions')
    .select(['createdAt', 'lastSeenAt', 'expiresAt'])
    .where('userId', '=', patientId)
    .orderBy('createdAt')
    .execute();
}

export function exportedSignInAddresses(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('signInAddresses')
    .select(['address', 'lastSignedInAt'])
    .where('userId', '=', patientId)
    .orderBy('lastSignedInAt')
    .execute();
}

/** The audit log's entries about the account, with the names of who acted. */
export function exportedAccountEvents(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('auditEvents as e')
    .leftJoin('users as u', 'u.id', 'e.actorId')
    .select(['e.at', 'e.action', 'u.name as actorName', 'e.changes'])
    .where('e.subject', '=', 'account')
    .where('e.subjectId', '=', patientId)
    .orderBy('e.id')
    .execute();
}

export function exportedClosureRequests(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('closureRequests')
    .select(['status', 'reason', 'requestedAt', 'resolvedAt'])
    .where('patientId', '=', patientId)
    .orderBy('id')
    .execute();
}

export function exportedMessages(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('notifications')
    .select(['kind', 'channel', 'appointmentId', 'dueAt', 'sentAt', 'droppedAt'])
    .where('recipientId', '=', patientId)
    .orderBy('id')
    .execute();
}
