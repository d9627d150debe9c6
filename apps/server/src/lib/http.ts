import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { problemWire } from '@clinic/contract';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The Fastify instance routes are written against: zod schemas type requests and replies. */
export type App = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

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
