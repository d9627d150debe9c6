import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** What a request id a client sends may look like to be kept: short, plain, safe in any log. */
const PLAIN_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The request's id: the client's `X-Request-Id` when it is short and plain, so a proxy's id
 * correlates logs, else a fresh one. Anything else (a megabyte, a line break, non-ASCII)
 * would be echoed into logs and headers as given.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && PLAIN_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Public, unchanging documents; every other API answer may carry personal data. */
function isPublicDocument(path: string): boolean {
  return path === '/api/openapi.json' || path === '/api/docs' || path.startsWith('/api/docs/');
}

export const HSTS = 'max-age=15552000; includeSubDomains';

/**
 * API answers are never stored by browsers or proxies: a shared computer's cache would keep a
 * patient's appointments after sign-out. Over HTTPS, browsers are told to come back only over
 * HTTPS; over plain HTTP (a clinic's own network) that header would be meaningless.
 */
export function registerResponseHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    const queryAt = request.url.indexOf('?');
    const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
    if (path.startsWith('/api/') && !isPublicDocument(path)) {
      reply.header('cache-control', 'no-store');
    }
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
}
