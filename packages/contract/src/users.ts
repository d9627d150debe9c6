import { DENTIST_COLOURS, LANGUAGES, ROLES } from '@clinic/domain';
import { z } from 'zod';
import { pagingQuery } from './paging.ts';

export const emailField = z.email('Enter a valid email address.').max(254);
export const nameField = z.string().trim().min(1, 'Enter a name.').max(200);
export const phoneField = z.string().trim().max(40);
// Length and commonness are checked by the server, so the message can name the rule.
export const passwordField = z.string().max(1024);

export const userWire = z.object({
  id: z.number().int(),
  email: z.string(),
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
  created_at: z.string(),
});
export type UserWire = z.output<typeof userWire>;

const queryFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const listUsersQuery = z.object({
  role: z.enum(ROLES).optional(),
  search: z.string().trim().max(200).optional(),
  is_active: queryFlag.optional(),
  is_dentist: queryFlag.optional(),
  ...pagingQuery,
});

export const createUserBody = z.object({
  email: emailField,
  name: nameField,
  phone: phoneField.optional(),
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
  current_password: z
    .string()
    .max(1024)
    .optional()
    .describe('Required when a user changes their own password; ignored otherwise.'),
});
export type UpdateUserBody = z.output<typeof updateUserBody>;
export type UpdateUserRequest = z.input<typeof updateUserBody>;

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
