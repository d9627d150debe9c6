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
 * Headers every answer carries, set once as the request arrives rather than in onSend: the
 * request id (so logs and a client's report meet), and no storing of API answers, since a
 * shared computer's cache would keep a patient's appointments after sign-out. Over HTTPS,
 * browsers are told to come back only over HTTPS; over plain HTTP (a clinic's own network)
 * that header would be meaningless. Handlers may still override any of them (event streams
 * send their own `no-cache`).
 *
 * One synchronous hook: two async onSend hooks cost a promise each per request, about a tenth
 * of the throughput of a cheap read.
 */
export function registerResponseHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    const url = request.url;
    if (url.startsWith('/api/')) {
      const queryAt = url.indexOf('?');
      const path = queryAt === -1 ? url : url.slice(0, queryAt);
      if (!isPublicDocument(path)) reply.header('cache-control', 'no-store');
    }
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    done();
  });
}
