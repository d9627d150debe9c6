import {
  APPOINTMENT_STATUSES,
  AUDIT_ACTIONS,
  CLOSURE_REQUEST_STATUSES,
  CONTACT_CHANNELS,
  HISTORY_ACTIONS,
  LANGUAGES,
  MAX_CLOSURE_REASON_LENGTH,
  MESSAGE_CHANNELS,
  NOTIFICATION_KINDS,
} from '@clinic/domain';
import { z } from 'zod';

const instant = z.string().describe('An instant, ISO 8601 in UTC.');
const changesWire = z
  .record(z.string(), z.tuple([z.unknown(), z.unknown()]))
  .describe('`{field: [before, after]}`.');

const exportedVisit = z.object({
  id: z.number().int(),
  service: z.string().nullable(),
  dentist: z.string().nullable().describe('The dentist’s name; null when none was chosen.'),
  date: z.string().describe('Clinic-local `YYYY-MM-DD`.'),
  time: z.string().describe('Clinic-local `HH:MM`.'),
  end_time: z.string(),
  starts_at: instant,
  ends_at: instant,
  status: z.enum(APPOINTMENT_STATUSES),
  notes: z.string(),
  created_at: instant,
  history: z
    .array(
      z.object({
        at: instant,
        action: z.enum(HISTORY_ACTIONS),
        actor_name: z
          .string()
          .nullable()
          .describe('Who made the change, as the history shows them; null for the system.'),
        changes: changesWire,
        reason: z.string().nullable(),
      }),
    )
    .describe('Every change of the visit, oldest first.'),
});

/**
 * Everything the clinic holds on one patient, as the patient (or the owner, answering a
 * request on paper) downloads it: the right of access and portability.
 */
export const patientExportWire = z.object({
  format_version: z.number().int().describe('Raised when the shape of this document changes.'),
  exported_at: instant,
  controller: z
    .object({
      name: z.string(),
      phone: z.string(),
      address: z.string(),
      email: z.string(),
    })
    .describe('The clinic, which holds the data and answers for it.'),
  account: z.object({
    id: z.number().int(),
    name: z.string(),
    email: z.string().describe('"" when none.'),
    phone: z.string(),
    language: z.enum(LANGUAGES).nullable(),
    date_of_birth: z.string().nullable(),
    contact_channel: z.enum(CONTACT_CHANNELS).nullable(),
    medical_alerts: z.array(z.string()),
    notes: z.string().describe('The team’s notes on the patient (decision 038).'),
    is_active: z.boolean(),
    created_at: instant,
    closed_at: instant.nullable(),
  }),
  appointments: z.array(exportedVisit).describe('Every visit, earliest first.'),
  sessions: z
    .array(z.object({ created_at: instant, last_seen_at: instant, expires_at: instant }))
    .describe('Sign-ins still open; the tokens themselves are never stored.'),
  sign_in_addresses: z.array(z.object({ address: z.string(), last_signed_in_at: instant })),
  account_events: z
    .array(
      z.object({
        at: instant,
        action: z.enum(AUDIT_ACTIONS),
        actor_name: z.string().nullable(),
        changes: changesWire,
      }),
    )
    .describe(
      'The audit log’s entries about the account: changes, openings of the record, exports.',
    ),
  closure_requests: z.array(
    z.object({
      status: z.enum(CLOSURE_REQUEST_STATUSES),
      reason: z.string(),
      requested_at: instant,
      resolved_at: instant.nullable(),
    }),
  ),
  messages: z
    .array(
      z.object({
        kind: z.enum(NOTIFICATION_KINDS),
        channel: z.enum(MESSAGE_CHANNELS).describe('`email` or `sms` (a text message).'),
        appointment: z.number().int(),
        due_at: instant,
        sent_at: instant.nullable(),
        dropped_at: instant.nullable(),
      }),
    )
    .describe('Emails and texts sent or queued about the patient’s visits.'),
});
export type PatientExportWire = z.output<typeof patientExportWire>;

export const closureRequestBody = z.object({
  reason: z
    .string()
    .trim()
    .max(MAX_CLOSURE_REASON_LENGTH, 'Keep the reason within 1,000 characters.')
    .optional()
    .describe('Why, if the patient wishes to say; the owner reads it.'),
});
export type ClosureRequestBody = z.output<typeof closureRequestBody>;
export type ClosureRequestRequest = z.input<typeof closureRequestBody>;

export const closureRequestWire = z.object({
  id: z.number().int(),
  patient: z.number().int(),
  patient_name: z.string(),
  status: z.enum(CLOSURE_REQUEST_STATUSES),
  reason: z.string(),
  requested_at: instant,
  resolved_at: instant.nullable(),
});
export type ClosureRequestWire = z.output<typeof closureRequestWire>;

/** Where one account stands: open or closed, and the request still open, if any. */
export const closureStatusWire = z.object({
  closed_at: instant.nullable(),
  request: closureRequestWire.nullable(),
});
export type ClosureStatusWire = z.output<typeof closureStatusWire>;

export const closedAccountWire = z.object({
  id: z.number().int(),
  name: z.string().describe('The label the account keeps, e.g. "Former patient #123".'),
  closed_at: instant,
  cancelled_visits: z
    .number()
    .int()
    .describe('Visits still pending or confirmed, not yet started, cancelled by the closing.'),
});
export type ClosedAccountWire = z.output<typeof closedAccountWire>;
