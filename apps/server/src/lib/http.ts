import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** The Fastify instance routes are written against: zod schemas type requests and replies. */
export type App = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export const problemWire = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.record(z.string(), z.string()).optional(),
});

/**
 * Documents the problem responses particular to a route, so the OpenAPI document lists them.
 * The ones shared by rule (401 without a session, 400/403/413/415 on writes, 400 on parameters,
 * 404 on ids) are added by lib/openapi.ts.
 */
export function problems(...statuses: (400 | 401 | 403 | 404 | 409 | 412 | 429 | 503)[]) {
  return Object.fromEntries(statuses.map((s) => [s, problemWire])) as Record<
    number,
    typeof problemWire
  >;
}

/** Abuse guard for account-creating routes; kept in memory per process (login has its own). */
export const signUpRateLimit = { rateLimit: { max: 100, timeWindow: '15 minutes' } };
