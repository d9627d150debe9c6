import {
  CLINIC_CONTACT_LIMITS,
  isPlausiblePhone,
  isValidTimeZone,
  LANGUAGES,
  OPEN_REQUESTS_LIMIT,
  PATIENT_CHANGE_CUTOFF_HOURS,
  TIME_FORMATS,
  WEEKDAYS,
} from '@clinic/domain';
import { z } from 'zod';
import { bookingRulesFields } from './schedule.ts';
import { emailField, nameField, passwordField, phoneField } from './users.ts';

export const timeZoneField = z
  .string()
  .refine(isValidTimeZone, 'Choose a time zone such as Europe/Lisbon.');

const period = z.object({ open: z.string(), close: z.string() }).nullable();
export const openingHoursField = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, period])) as Record<
    (typeof WEEKDAYS)[number],
    typeof period
  >,
);

const contactPhoneField = z
  .string()
  .trim()
  .max(
    CLINIC_CONTACT_LIMITS.phone,
    `Keep the phone number under ${CLINIC_CONTACT_LIMITS.phone} characters.`,
  )
  .refine(
    (value) => value === '' || isPlausiblePhone(value),
    'Enter a phone number: digits, spaces, ( ) - . / and an optional leading +.',
  );
const contactAddressField = z
  .string()
  .trim()
  .max(
    CLINIC_CONTACT_LIMITS.address,
    `Keep the address under ${CLINIC_CONTACT_LIMITS.address} characters.`,
  );
const contactEmailField = z.union([z.literal(''), emailField]);

const { min: minCutoff, max: maxCutoff } = PATIENT_CHANGE_CUTOFF_HOURS;
/** How patients may change their own visits; see decision 036. */
export const patientChangeFields = {
  patient_change_cutoff_hours: z
    .number()
    .int('Enter whole hours.')
    .min(minCutoff, 'Enter 0 hours or more.')
    .max(maxCutoff, `At most ${maxCutoff} hours (30 days).`)
    .describe(
      `Patients cancel or move a pending or confirmed visit themselves until this many hours before it starts (${minCutoff}–${maxCutoff}; 0: until the start); later they are refused with 409 \`too_late\`.`,
    ),
  patients_move_confirmed: z
    .boolean()
    .describe(
      'Whether a patient’s move of a confirmed visit keeps it confirmed; if false, it becomes pending for the clinic to confirm again.',
    ),
};

export const clinicWire = z.object({
  name: z.string(),
  timezone: z.string(),
  /** True when the server's CLINIC_TIMEZONE setting fixes the zone, so it cannot be edited here. */
  timezone_locked: z.boolean(),
  opening_hours: openingHoursField,
  reminder_lead_hours: z.number().int(),
  max_open_requests: z
    .number()
    .int()
    .describe('How many pending requests one patient may hold at once.'),
  /** True when the server has a mail server (SMTP_URL), so confirmations and reminders go out. */
  email_notifications: z.boolean(),
  sms_notifications: z
    .boolean()
    .describe(
      'True when the server has a text provider (TWILIO_…), so patients with a mobile number also get texts.',
    ),
  default_language: z
    .enum(LANGUAGES)
    .describe('The language of people who have not chosen one: texts, emails and dates.'),
  time_format: z.enum(TIME_FORMATS).describe('How times of day are written: 14:30 or 2:30 PM.'),
  ...bookingRulesFields,
  ...patientChangeFields,
  phone: z
    .string()
    .describe('The clinic’s phone number for patients, as the owner wrote it; empty if none.'),
  address: z
    .string()
    .describe('The clinic’s postal address, lines separated by newlines; empty if none.'),
  email: z
    .union([z.literal(''), z.string()])
    .describe('The clinic’s email address for patients; empty if none.'),
  unverified_patients_may_request: z
    .boolean()
    .describe(
      'With email on: whether patients who have not yet confirmed their address may request visits. True until changed.',
    ),
  calendar_feed_patient_names: z
    .boolean()
    .describe(
      'Whether a dentist’s calendar feed names the patient of each visit; if false (until changed), it says only “Appointment” and the service.',
    ),
});
export type ClinicWire = z.output<typeof clinicWire>;

export const updateClinicBody = z.object({
  name: z.string().trim().min(1, 'Enter the clinic’s name.').max(200).optional(),
  timezone: timeZoneField.optional(),
  opening_hours: openingHoursField.optional(),
  reminder_lead_hours: z.number().int().min(1).max(168).optional(),
  max_open_requests: z
    .number()
    .int('Enter a whole number.')
    .min(OPEN_REQUESTS_LIMIT.min, `Allow at least ${OPEN_REQUESTS_LIMIT.min} open request.`)
    .max(OPEN_REQUESTS_LIMIT.max, `Allow at most ${OPEN_REQUESTS_LIMIT.max} open requests.`)
    .optional()
    .describe(`${OPEN_REQUESTS_LIMIT.min}–${OPEN_REQUESTS_LIMIT.max}; 3 until changed.`),
  default_language: z.enum(LANGUAGES).optional(),
  time_format: z.enum(TIME_FORMATS).optional(),
  min_notice_minutes: bookingRulesFields.min_notice_minutes.optional(),
  booking_horizon_days: bookingRulesFields.booking_horizon_days.optional(),
  slot_step_minutes: bookingRulesFields.slot_step_minutes.optional(),
  patient_change_cutoff_hours: patientChangeFields.patient_change_cutoff_hours.optional(),
  patients_move_confirmed: patientChangeFields.patients_move_confirmed.optional(),
  phone: contactPhoneField
    .optional()
    .describe('Shown to patients with a link to call; empty to remove. Checked leniently.'),
  address: contactAddressField.optional().describe('Shown to patients; empty to remove.'),
  email: contactEmailField.optional().describe('Shown to patients; empty to remove.'),
  unverified_patients_may_request: z
    .boolean()
    .optional()
    .describe('False: a patient confirms their address before requesting a visit (email on only).'),
  calendar_feed_patient_names: z
    .boolean()
    .optional()
    .describe('True: dentists’ calendar feeds name each visit’s patient.'),
});
export type UpdateClinicBody = z.output<typeof updateClinicBody>;
export type UpdateClinicRequest = z.input<typeof updateClinicBody>;

export const setupStatusWire = z.object({ needs_setup: z.boolean() });
export type SetupStatusWire = z.output<typeof setupStatusWire>;

export const setupBody = z.object({
  clinic_name: z.string().trim().min(1, 'Enter the clinic’s name.').max(200),
  timezone: timeZoneField,
  name: nameField,
  email: emailField,
  password: passwordField,
  phone: phoneField.optional(),
});
export type SetupBody = z.output<typeof setupBody>;
export type SetupRequest = z.input<typeof setupBody>;
