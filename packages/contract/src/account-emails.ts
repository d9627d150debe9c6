import { MESSAGE_TOPICS } from '@clinic/domain';
import { z } from 'zod';
import { emailField, passwordField } from './users.ts';

const linkTokenField = z
  .string()
  .min(1, 'The link is incomplete.')
  .max(200)
  .describe('The token from the link in the email (after `#token=`).');

export const passwordResetBody = z.object({ email: emailField });
export type PasswordResetRequest = z.input<typeof passwordResetBody>;

/** The same answer whether or not an account has the address. */
export const passwordResetAcceptedWire = z.object({ detail: z.string() });

export const passwordResetConfirmBody = z.object({
  token: linkTokenField,
  password: passwordField,
});
export type PasswordResetConfirmRequest = z.input<typeof passwordResetConfirmBody>;

export const verifyEmailBody = z.object({ token: linkTokenField });
export type VerifyEmailRequest = z.input<typeof verifyEmailBody>;

const topicFlags = Object.fromEntries(
  MESSAGE_TOPICS.map((topic) => [topic, z.boolean()]),
) as Record<(typeof MESSAGE_TOPICS)[number], z.ZodBoolean>;

const topicChoices = z.object(topicFlags);

export const messagePreferencesWire = z
  .object({
    ...topicFlags,
    sms: topicChoices.describe(
      'The same topics by text message, to the person’s mobile number (or their guardian’s) when the clinic sends texts. Both on until changed; replying STOP to a text turns both off, START on again.',
    ),
  })
  .describe(
    'Which messages the person receives: by email `visit_changes` (a visit confirmed, moved or cancelled by the clinic) and `reminders`, and the same by text in `sms`. All on until changed.',
  );
export type MessagePreferencesWire = z.output<typeof messagePreferencesWire>;

export const updateMessagePreferencesBody = z.object({
  ...topicChoices.partial().shape,
  sms: topicChoices.partial().optional(),
});
export type UpdateMessagePreferencesRequest = z.input<typeof updateMessagePreferencesBody>;
