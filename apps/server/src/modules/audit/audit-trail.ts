import type {
  BookingRules,
  ClinicContact,
  Language,
  OpeningHours,
  PatientChangeRules,
  TimeFormat,
} from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AuditEventsTable, Database } from '../../db/schema.ts';
import { diffFields } from '../../lib/diff-fields.ts';
import { insertAuditEvent } from './audit.repository.ts';

type Fields = Record<string, unknown>;

export interface AuditEvent {
  at: number;
  actorId: number | null;
  subject: AuditEventsTable['subject'];
  subjectId: number | null;
  subjectName: string;
  action: AuditEventsTable['action'];
  /** The subject's audited fields before and after, under their wire names; null when absent. */
  before: Fields | null;
  after: Fields | null;
  /** A password is never recorded, only that it was set or changed. */
  passwordChanged?: boolean;
  /** Fields left out of `before` and `after` whose change is recorded without the values. */
  changedWithoutValues?: readonly string[];
}

/**
 * Writes one entry of the audit log, in the caller's transaction so that the change and its
 * record commit together. An update that changed nothing audited writes nothing.
 */
export async function recordAuditEvent(trx: Kysely<Database>, event: AuditEvent): Promise<void> {
  const changes = diffFields(event.before ?? {}, event.after ?? {});
  if (event.passwordChanged) changes.password = [null, 'changed'];
  for (const field of event.changedWithoutValues ?? []) changes[field] = [null, 'changed'];
  if (event.action === 'updated' && Object.keys(changes).length === 0) return;
  await insertAuditEvent(trx, {
    at: event.at,
    actorId: event.actorId,
    subject: event.subject,
    subjectId: event.subjectId,
    subjectName: event.subjectName,
    action: event.action,
    changes: JSON.stringify(changes),
  });
}

export function clinicFields(clinic: {
  name: string;
  timeZone: string;
  openingHours: OpeningHours;
  reminderLeadHours: number;
  maxOpenRequests: number;
  defaultLanguage: Language;
  timeFormat: TimeFormat;
  bookingRules: BookingRules;
  contact: ClinicContact;
  patientChanges: PatientChangeRules;
  unverifiedPatientsMayRequest?: boolean;
  calendarFeedPatientNames?: boolean;
}): Fields {
  return {
    name: clinic.name,
    timezone: clinic.timeZone,
    opening_hours: clinic.openingHours,
    reminder_lead_hours: clinic.reminderLeadHours,
    max_open_requests: clinic.maxOpenRequests,
    default_language: clinic.defaultLanguage,
    time_format: clinic.timeFormat,
    min_notice_minutes: clinic.bookingRules.minNoticeMinutes,
    booking_horizon_days: clinic.bookingRules.bookingHorizonDays,
    slot_step_minutes: clinic.bookingRules.slotStepMinutes,
    phone: clinic.contact.phone,
    address: clinic.contact.address,
    email: clinic.contact.email,
    patient_change_cutoff_hours: clinic.patientChanges.cutoffHours,
    patients_move_confirmed: clinic.patientChanges.moveConfirmedDirectly,
    ...(clinic.unverifiedPatientsMayRequest !== undefined && {
      unverified_patients_may_request: clinic.unverifiedPatientsMayRequest,
    }),
    ...(clinic.calendarFeedPatientNames !== undefined && {
      calendar_feed_patient_names: clinic.calendarFeedPatientNames,
    }),
  };
}
