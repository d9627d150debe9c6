import {
  CONTACT_CHANNELS,
  DENTIST_COLOURS,
  LANGUAGES,
  MAX_MEDICAL_ALERT_LENGTH,
  MAX_MEDICAL_ALERTS,
  MAX_PATIENT_NOTES_LENGTH,
  ROLES,
} from '@clinic/domain';
import { z } from 'zod';
import { pagingQuery } from './paging.ts';

export const emailField = z.email('Enter a valid email address.').max(254);
export const nameField = z.string().trim().min(1, 'Enter a name.').max(200);
// The number itself is checked by the server against the clinic's country (checkPhone).
export const phoneField = z.string().trim().max(40);

const dateOfBirthField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD.')
  .meta({ format: 'date' });
const contactChannelField = z.enum(CONTACT_CHANNELS);
const medicalAlertsField = z
  .array(z.string().max(200))
  .max(50)
  .describe(
    `Short alerts (allergies, anticoagulants, a pacemaker…), shown as a warning wherever the team sees the patient: at most ${MAX_MEDICAL_ALERTS} of at most ${MAX_MEDICAL_ALERT_LENGTH} characters once trimmed; empty ones and repeats are dropped.`,
  );
const patientNotesField = z
  .string()
  .max(MAX_PATIENT_NOTES_LENGTH, 'Notes are limited to 4,000 characters.');

/** A patient's record beside the account: health data, for the team (and partly the patient). */
const patientRecordWire = {
  date_of_birth: dateOfBirthField
    .nullable()
    .optional()
    .describe('Patients only. Present for owner and staff, and for the patient themselves.'),
  contact_channel: contactChannelField
    .nullable()
    .optional()
    .describe(
      'How the patient prefers to be reached. Present for owner and staff, and for the patient themselves.',
    ),
  medical_alerts: z
    .array(z.string())
    .optional()
    .describe(
      'Health data. Present for owner and staff, and for the patient themselves; never for anyone else.',
    ),
  notes: z
    .string()
    .optional()
    .describe(
      'The team’s notes on the patient; health data. Present for owner and staff, and for the patient themselves (decision 038).',
    ),
};
// Length and commonness are checked by the server, so the message can name the rule.
export const passwordField = z.string().max(1024);

export const userWire = z.object({
  id: z.number().int(),
  email: z
    .string()
    .describe(
      '"" for a patient registered with a phone number only, who cannot sign in or receive email until one is added.',
    ),
  name: z.string(),
  /** '' when none was given: never null. */
  phone: z.string(),
  role: z.enum(ROLES),
  is_dentist: z.boolean(),
  is_active: z.boolean(),
  language: z
    .enum(LANGUAGES)
    .nullable()
    .describe('The language the person chose; null means the clinic’s default.'),
  colour: z
    .enum(DENTIST_COLOURS)
    .nullable()
    .describe(
      'A dentist’s own colour on the calendar, given when they became a dentist; null for everyone else.',
    ),
  email_verified: z
    .boolean()
    .describe(
      'Whether the address was confirmed through a link sent to it; accounts the clinic created, and all from before confirmation existed, count as confirmed.',
    ),
  pending_email: z
    .string()
    .nullable()
    .describe(
      'A new address the person asked for, waiting for them to open the link sent to it; the old one stays in use until then.',
    ),
  created_at: z.string(),
  guardian: z
    .number()
    .int()
    .nullable()
    .describe(
      'For a dependant (a child, a parent cared for), the patient who books for them; null for everyone else.',
    ),
  guardian_name: z
    .string()
    .nullable()
    .optional()
    .describe('The guardian’s name, in the team’s lists and records and on a guardian’s own list.'),
  ...patientRecordWire,
});
export type UserWire = z.output<typeof userWire>;

const queryFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const listUsersQuery = z.object({
  role: z.enum(ROLES).optional(),
  search: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe(
      'Part of a name or email, any case; with 3 digits or more, also part of a phone number, however it is written.',
    ),
  is_active: queryFlag.optional(),
  is_dentist: queryFlag.optional(),
  ...pagingQuery,
});

export const createUserBody = z.object({
  email: emailField
    .optional()
    .describe('Patients may be registered with a phone number instead; staff need an email.'),
  name: nameField,
  phone: phoneField.optional().describe('Required when a patient is registered without an email.'),
  role: z.enum(ROLES),
  is_dentist: z.boolean().optional(),
  password: passwordField.optional(),
});
export type CreateUserBody = z.output<typeof createUserBody>;
export type CreateUserRequest = z.input<typeof createUserBody>;

export const updateUserBody = z.object({
  email: emailField.optional(),
  name: nameField.optional(),
  phone: phoneField.optional(),
  role: z.enum(ROLES).optional(),
  is_dentist: z.boolean().optional(),
  is_active: z.boolean().optional(),
  password: passwordField.optional(),
  language: z
    .enum(LANGUAGES)
    .nullable()
    .optional()
    .describe('Only for one’s own account; null returns to the clinic’s default.'),
  colour: z
    .enum(DENTIST_COLOURS)
    .optional()
    .describe('Owner only, for a dentist: their colour on the calendar.'),
  date_of_birth: dateOfBirthField
    .nullable()
    .optional()
    .describe('Patients only, set by owner and staff; not in the future.'),
  contact_channel: contactChannelField
    .nullable()
    .optional()
    .describe(
      'Patients only, set by owner and staff; email needs an email, phone and sms a phone.',
    ),
  medical_alerts: medicalAlertsField.optional(),
  notes: patientNotesField.optional().describe('Patients only, set by owner and staff.'),
  current_password: z
    .string()
    .max(1024)
    .optional()
    .describe('Required when a user changes their own password or email; ignored otherwise.'),
  guardian: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .describe(
      'Owner and staff, for a patient: make them a dependant of this patient (an active patient who is no dependant), or null to unlink them. A patient who has dependants cannot become one.',
    ),
});
export type UpdateUserBody = z.output<typeof updateUserBody>;
export type UpdateUserRequest = z.input<typeof updateUserBody>;

/** A person a patient books for, who signs in nowhere: no email, no password. */
export const createDependantBody = z.object({
  name: nameField,
  date_of_birth: dateOfBirthField.describe('Not in the future.'),
  phone: phoneField.optional().describe('Their own phone, if they have one.'),
});
export type CreateDependantBody = z.output<typeof createDependantBody>;
export type CreateDependantRequest = z.input<typeof createDependantBody>;

export const userIdParams = z.object({ id: z.coerce.number().int().positive() });

export const dentistWire = z.object({
  id: z.number().int(),
  name: z.string(),
  colour: z
    .enum(DENTIST_COLOURS)
    .nullable()
    .describe('Their colour on the calendar; null only for a dentist from before colours.'),
  is_active: z
    .boolean()
    .describe('False for a former dentist (deactivated, or no longer a dentist).'),
});

export const listDentistsQuery = z.object({
  include_inactive: queryFlag
    .optional()
    .describe('Also list former dentists, so that filters can still find their visits.'),
});
export type DentistWire = z.output<typeof dentistWire>;

export const patientIdParams = userIdParams;
