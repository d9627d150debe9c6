import {
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  HISTORY_ACTIONS,
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
  normalizeTime,
} from '@clinic/domain';
import { z } from 'zod';
import { clinicDayField } from './clinic-day.ts';
import { pagingQuery } from './paging.ts';

export const timeField = z
  .string()
  .transform((value, ctx) => {
    const time = normalizeTime(value);
    if (time === null) {
      ctx.addIssue({ code: 'custom', message: 'Enter a real time as HH:MM (24-hour clock).' });
      return z.NEVER;
    }
    return time;
  })
  .meta({ type: 'string', examples: ['09:30'] });
const durationField = z
  .number()
  .int('Use whole minutes.')
  .min(MIN_DURATION_MINUTES, `At least ${MIN_DURATION_MINUTES} minutes.`)
  .max(MAX_DURATION_MINUTES, 'At most 8 hours.');
const notesField = z.string().max(2000, 'Notes are limited to 2,000 characters.');
const idField = z.number().int().positive();

/** `date` (`YYYY-MM-DD`) and `time` (`HH:MM`) are the clinic's wall clock, in its time zone. */
export const appointmentWire = z.object({
  id: z.number().int(),
  patient: z.number().int(),
  patient_name: z.string(),
  patient_email: z
    .string()
    .describe('"" when the patient was registered with a phone number only.'),
  dentist: z.number().int().nullable(),
  dentist_name: z.string().nullable(),
  service: z.number().int().nullable(),
  service_name: z.string().nullable(),
  date: z.string(),
  time: z.string(),
  duration_minutes: z.number().int(),
  end_time: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  notes: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  version: z
    .number()
    .int()
    .describe('Bumped by every change; the ETag, to send back as If-Match when changing it.'),
  arrived_at: z
    .string()
    .nullable()
    .describe(
      'When the patient was checked in (status `arrived`); kept once seated or done, null before and for visits recorded after the fact.',
    ),
  seated_at: z
    .string()
    .nullable()
    .describe('When the patient was seated (status `in_chair`); kept once done, null before.'),
  guardian: z
    .number()
    .int()
    .nullable()
    .describe('When the patient is a dependant: their guardian, who books for them; else null.'),
  guardian_name: z.string().nullable().describe('The guardian’s name; null without one.'),
  patient_confirmed_at: z
    .string()
    .nullable()
    .describe(
      'When the patient said they will come (through the link in a message, by text, or to the front desk on the phone); null until then, and again once the visit moves to another time or is cancelled.',
    ),
  patient_medical_alerts: z
    .array(z.string())
    .nullable()
    .optional()
    .describe(
      'The patient’s medical alerts (allergies, anticoagulants…), null when none. In the answers of owner and staff only: never sent to patients.',
    ),
});
export type AppointmentWire = z.output<typeof appointmentWire>;

export const createAppointmentBody = z.object({
  patient: idField
    .optional()
    .describe(
      'Required for owner and staff. A patient books for themselves (the default) or for one of their dependants; any other id is refused with 403.',
    ),
  dentist: idField.nullable().optional(),
  service: idField.nullable().optional(),
  date: clinicDayField,
  time: timeField,
  duration_minutes: durationField
    .optional()
    .describe('Defaults to the service’s duration, else 30.'),
  status: z
    .enum(APPOINTMENT_STATUSES)
    .optional()
    .describe(
      'pending or confirmed (confirmed needs a dentist); by default confirmed with a dentist, pending without. With `recorded_after_the_fact`: arrived (today), completed or no_show. Ignored for patients.',
    ),
  notes: notesField.optional(),
  override_availability: z
    .boolean()
    .optional()
    .describe(
      'Owner and staff: book even outside the free times (recorded in the history); ignored for patients.',
    ),
  recorded_after_the_fact: z
    .boolean()
    .optional()
    .describe(
      'Owner and staff: record a visit that has already started (earlier today or on a past day: a walk-in, an emergency entered late) with status arrived, completed or no_show. Free times do not apply; double booking does. Recorded in the history; ignored for patients.',
    ),
});
export type CreateAppointmentBody = z.output<typeof createAppointmentBody>;
export type CreateAppointmentRequest = z.input<typeof createAppointmentBody>;

export const updateAppointmentBody = z.object({
  status: z.enum(APPOINTMENT_STATUSES).optional(),
  date: clinicDayField.optional(),
  time: timeField.optional(),
  dentist: idField.nullable().optional(),
  service: idField.nullable().optional(),
  duration_minutes: durationField.optional(),
  notes: notesField.optional(),
  reason: z
    .string()
    .trim()
    .max(500, 'Keep the reason under 500 characters.')
    .optional()
    .describe('Why: kept in the history with this change (e.g. why a request was declined).'),
  override_availability: z
    .boolean()
    .optional()
    .describe(
      'Owner and staff: book even outside the free times (recorded in the history); ignored for patients.',
    ),
});
export type UpdateAppointmentBody = z.output<typeof updateAppointmentBody>;
export type UpdateAppointmentRequest = z.input<typeof updateAppointmentBody>;

const statusList = z
  .string()
  .transform((value, ctx) => {
    const statuses = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = statuses.filter(
      (s) => !(APPOINTMENT_STATUSES as readonly string[]).includes(s),
    );
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `Unknown status: ${unknown.join(', ')}.` });
      return z.NEVER;
    }
    // Repeats mean nothing; dropping them also keeps the number of distinct list queries small.
    return [...new Set(statuses)] as AppointmentStatus[];
  })
  .describe('One status or several separated by commas.');

export const listAppointmentsQuery = z.object({
  status: statusList.optional(),
  dentist: z
    .union([z.literal('none'), z.coerce.number().int().positive()])
    .optional()
    .describe('A dentist’s id, or `none` for appointments no dentist is assigned to yet.'),
  patient: z.coerce.number().int().positive().optional(),
  service: z.coerce.number().int().positive().optional(),
  date_from: clinicDayField.optional(),
  date_to: clinicDayField.optional(),
  search: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe(
      'Part of a name or email, any case; with 3 digits or more, also part of a phone number, however it is written.',
    ),
  ...pagingQuery,
});

export const appointmentIdParams = z.object({ id: z.coerce.number().int().positive() });

/**
 * One step of an appointment's history. `changes` maps each field, under its wire name, to
 * [before, after]; dentist, service and patient values are ids.
 */
export const historyEntryWire = z.object({
  at: z.string(),
  actor: z.number().int().nullable(),
  actor_name: z.string().nullable(),
  action: z.enum(HISTORY_ACTIONS),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  reason: z.string().nullable(),
});
export type HistoryEntryWire = z.output<typeof historyEntryWire>;
