import {
  passwordResetAcceptedWire,
  passwordResetBody,
  passwordResetConfirmBody,
  verifyEmailBody,
} from '@clinic/contract';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type App, problems, signUpRateLimit } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import {
  confirmEmail,
  requestPasswordReset,
  resendEmailConfirmation,
  resetPassword,
} from './account-emails.service.ts';

/**
 * Per client address, in memory like the sign-up limit; each account also receives at most a
 * few emails per window (ACCOUNT_EMAILS_PER_WINDOW), whoever asks, which holds across servers.
 */
const resetRequestRateLimit = { rateLimit: { max: 10, timeWindow: '15 minutes' } };

const ACCEPTED = {
  detail:
    'If an account has this address, an email with a link to choose a new password is on its way.',
};

export function registerAccountEmailRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/auth/password-reset',
    {
      config: resetRequestRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Ask for a link to choose a new password, sent by email',
        description:
          'Answers 202 whether or not an account has the address, so nobody learns which do. The link works once, for 30 minutes. 409 `mail_off` when the clinic sends no email.',
        body: passwordResetBody,
        response: { 202: passwordResetAcceptedWire, ...problems(400, 409, 429) },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email);
      return reply.code(202).send(ACCEPTED);
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: signUpRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password with the link from the email',
        description:
          'Ends every session of the account; sign in with the new password. 400 `link_used`, `link_expired` or `link_invalid` when the link cannot be used.',
        body: passwordResetConfirmBody,
        response: { 204: z.null(), ...problems(400, 429) },
      },
    },
    async (request, reply) => {
      await resetPassword(ctx, request.body.token, request.body.password);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/verify-email',
    {
      config: signUpRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Confirm an email address with the link sent to it',
        description:
          'Needs no sign-in. A new address replaces the old one now, and the account’s other sessions end. 400 `link_used`, `link_expired` or `link_invalid`; 409 `email_taken` if another account took the address meanwhile.',
        body: verifyEmailBody,
        response: { 204: z.null(), ...problems(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = request.session
        ? { userId: request.session.user.id, tokenHash: request.session.tokenHash }
        : undefined;
      await confirmEmail(ctx, request.body.token, session);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/verify-email/resend',
    {
      schema: {
        tags: ['auth'],
        summary: 'Send the link to confirm one’s email address again',
        description:
          'To the new address waiting for confirmation, else to the unconfirmed one. A few per 15 minutes: 429 past them. 409 `nothing_to_confirm` or `mail_off`.',
        response: { 202: z.null(), ...problems(401, 409, 429) },
      },
    },
    async (request, reply) => {
      await resendEmailConfirmation(ctx, requireUser(request));
      return reply.code(202).send(null);
    },
  );
}
