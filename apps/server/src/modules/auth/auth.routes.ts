import {
  currentSessionWire,
  loginBody,
  registerBody,
  sessionWire,
  userWire,
} from '@clinic/contract';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type App, problems, signUpRateLimit } from '../../lib/http.ts';
import { toUserWire } from '../users/index.ts';
import { logIn, registerPatient } from './auth.service.ts';
import { clearSessionCookie, requireUser, setSessionCookie } from './authentication.ts';
import { endSession } from './sessions.ts';

export function registerAuthRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/auth/register',
    {
      config: signUpRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Register as a patient',
        body: registerBody,
        response: { 201: sessionWire, ...problems(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const { token, user } = await registerPatient(ctx, request.body);
      setSessionCookie(reply, ctx, token);
      return reply.code(201).send({ token, user: toUserWire(user) });
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        body: loginBody,
        response: { 200: sessionWire, ...problems(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { token, user } = await logIn(ctx, request.body, request.ip);
      setSessionCookie(reply, ctx, token);
      return { token, user: toUserWire(user) };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: the token stops working at once',
        response: { 204: z.null(), ...problems(401) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      if (request.session) {
        await endSession(ctx, request.session.tokenHash);
        await ctx.events.publish({
          type: 'session.revoked',
          userId: user.id,
          tokenHash: request.session.tokenHash,
        });
      }
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: userWire, ...problems(401) },
      },
    },
    async (request) => toUserWire(requireUser(request)),
  );

  // `/me` answers 401 to a visitor, which browsers log as a console error on every sign-in
  // page; the web app asks here instead, where nobody signed in is a plain answer.
  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, if anyone: the user, or null',
        response: { 200: currentSessionWire },
      },
    },
    async (request) => ({ user: request.session ? toUserWire(request.session.user) : null }),
  );
}
