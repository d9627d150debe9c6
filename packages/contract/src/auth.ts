import { LANGUAGES } from '@clinic/domain';
import { z } from 'zod';
import { emailField, nameField, passwordField, phoneField, userWire } from './users.ts';

export const registerBody = z.object({
  email: emailField,
  password: passwordField,
  name: nameField,
  phone: phoneField.optional(),
  language: z
    .enum(LANGUAGES)
    .optional()
    .describe('The language chosen on the sign-up page; absent, the clinic’s default applies.'),
});
export type RegisterRequest = z.input<typeof registerBody>;

export const loginBody = z.object({
  email: z.string().max(254),
  password: z.string().max(1024),
});
export type LoginRequest = z.input<typeof loginBody>;

export const sessionWire = z.object({ token: z.string(), user: userWire });
export type SessionWire = z.output<typeof sessionWire>;

/** Who is signed in, if anyone: a browser asks this without meeting an error status. */
export const currentSessionWire = z.object({ user: userWire.nullable() });
