import { createHash } from 'node:crypto';
import {
  calendarFeedTokenParams,
  calendarFeedWire,
  createdCalendarFeedWire,
  userIdParams,
} from '@clinic/contract';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import {
  createCalendarFeed,
  FEED_PATH,
  getCalendarFeed,
  renderCalendarFeed,
  revokeCalendarFeed,
} from './calendar-feeds.service.ts';

/**
 * Calendar applications fetch a feed every so often, from their own servers (one address for
 * many subscribers), so the limit is per feed, not per client address: generous for any
 * calendar, short of what would let one leaked address load the server.
 */
const feedRateLimit = {
  rateLimit: {
    max: 60,
    timeWindow: '15 minutes',
    keyGenerator: (request: { params: unknown; ip: string }) => {
      const token = (request.params as { token?: unknown }).token;
      return typeof token === 'string'
        ? `calendar-feed:${createHash('sha256').update(token).digest('hex')}`
        : request.ip;
    },
  },
};

/** A subscriber may keep it five minutes; the ETag makes asking again after that cheap. */
const FEED_CACHE_CONTROL = 'private, max-age=300';

export function registerCalendarFeedRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/users/:id/calendar-feed',
    {
      schema: {
        tags: ['calendar feeds'],
        summary:
          'Whether the person has a private calendar feed, and since when (their own; the owner for a dentist)',
        params: userIdParams,
        response: { 200: calendarFeedWire, ...problems(401, 403, 404) },
      },
    },
    async (request) => getCalendarFeed(ctx, requireUser(request), request.params.id),
  );

  app.post(
    '/api/users/:id/calendar-feed',
    {
      schema: {
        tags: ['calendar feeds'],
        summary:
          'Make a private calendar feed address, replacing any earlier one; the address is shown only in this answer',
        params: userIdParams,
        response: { 201: createdCalendarFeedWire, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const created = await createCalendarFeed(ctx, requireUser(request), request.params.id);
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/api/users/:id/calendar-feed',
    {
      schema: {
        tags: ['calendar feeds'],
        summary: 'Stop the person’s calendar feed address at once',
        params: userIdParams,
        response: {
          204: z.null().describe('Stopped, or there was none.'),
          ...problems(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed(ctx, requireUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${FEED_PATH}:token.ics`,
    {
      config: feedRateLimit,
      schema: {
        tags: ['calendar feeds'],
        summary:
          'A private calendar feed (iCalendar, RFC 5545), opened by the secret in its address without signing in',
        description:
          'A patient’s visits (with their dependants’), or a dentist’s, from 30 days back to a year ahead; cancelled ones stay marked cancelled for 14 days. Answers 304 to `If-None-Match` with the current ETag; an unknown or revoked address is 404.',
        params: calendarFeedTokenParams,
        produces: ['text/calendar'],
        response: {
          200: z.string().describe('An iCalendar object with the clinic’s VTIMEZONE.'),
          304: z.null().describe('Unchanged since the ETag sent in `If-None-Match`.'),
          ...problems(404, 429),
        },
      },
    },
    async (request, reply) => {
      const body = await renderCalendarFeed(ctx, request.params.token);
      if (body === undefined) throw notFound('Calendar feed');
      const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      reply
        .header('cache-control', FEED_CACHE_CONTROL)
        .header('etag', etag)
        .header('x-robots-tag', 'noindex');
      const asked = request.headers['if-none-match'];
      if (typeof asked === 'string' && asked.split(',').some((tag) => sameTag(tag, etag))) {
        return reply.code(304).send(null);
      }
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="calendar.ics"')
        .send(body);
    },
  );
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): `W/` aside, the tags must be equal. */
function sameTag(given: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return given.trim() === '*' || bare(given) === bare(etag);
}
