import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { AppError, notAuthenticated } from '../../lib/errors.ts';
import type { User } from '../users/index.ts';
import { type ResolvedSession, resolveSession } from './sessions.ts';

export const SESSION_COOKIE = 'clinic_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^(?:Bearer|Token)\s+(\S+)$/i.exec(header);
  return match?.[1];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browsers attach the session cookie to requests that other sites trigger, so a write that
 * does not carry a bearer token must come from our own origin: PUBLIC_URL's when it is set
 * (a proxy may rewrite the Host header), else the one the browser addressed. Clients without
 * a browser send no Origin header and are not affected.
 */
function isCrossSiteWrite(request: FastifyRequest, publicOrigin: string | undefined): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.origin;
  if (origin) return origin !== (publicOrigin ?? `${request.protocol}://${request.host}`);
  return request.headers['sec-fetch-site'] === 'cross-site';
}

export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('session', null);
  const publicOrigin = ctx.config.publicUrl && new URL(ctx.config.publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const bearer = bearerToken(request);
    if (!bearer && isCrossSiteWrite(request, publicOrigin)) {
      throw new AppError(403, 'cross_origin', 'Forbidden', 'Cross-site requests are not allowed.');
    }
    const token = bearer ?? request.cookies[SESSION_COOKIE];
    if (token) request.session = await resolveSession(ctx, token);
  });
}

export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    // Behind TLS (directly or via a trusted proxy) the cookie must never travel in clear.
    secure: reply.request.protocol === 'https',
    path: '/',
    maxAge: Math.floor(ctx.config.sessionMaxMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The signed-in user; 401 when there is none. */
export function requireUser(request: FastifyRequest): User {
  if (!request.session) throw notAuthenticated();
  return request.session.user;
}
