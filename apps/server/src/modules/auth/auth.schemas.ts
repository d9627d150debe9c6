import { z } from 'zod';
import { emailField, nameField, passwordField, phoneField, userWire } from '../users/index.ts';

export const registerBody = z.object({
  email: emailField,
  password: passwordField,
  name: nameField,
  phone: phoneField.optional(),
});

export const loginBody = z.object({
  email: z.string().max(254),
  password: z.string().max(1024),
});

export const sessionWire = z.object({ token: z.string(), user: userWire });
