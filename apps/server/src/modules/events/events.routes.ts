import type { AppContext } from '../../context.ts';
import { AppError } from '../../lib/errors.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { EventHub } from './event-hub.ts';

const STREAMS_FULL_RETRY_SECONDS = 30;

export function registerEventRoutes(
  app: App,
  ctx: AppContext,
  options: { heartbeatMs?: number } = {},
): EventHub {
  const hub = new EventHub(ctx, app.log, options.heartbeatMs);
  app.addHook('preClose', async () => hub.closeAll());

  app.get(
    '/api/events',
    {
      schema: {
        tags: ['events'],
        summary:
          'Server-Sent Events: appointment.created, appointment.updated, appointment.deleted; a comment at least every 25 s',
        produces: ['text/event-stream'],
        response: { ...problems(401, 503) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      // Refused before the stream starts, while a problem document can still be answered.
      if (!hub.hasRoom()) {
        throw new AppError(
          503,
          'too_many_streams',
          'Too many live streams',
          'The server holds as many live streams as it may. The page retries by itself shortly.',
          undefined,
          { 'retry-after': String(STREAMS_FULL_RETRY_SECONDS) },
        );
      }
      const tokenHash = request.session?.tokenHash ?? '';
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx would otherwise buffer the stream and deliver events late.
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 3000\n: connected\n\n');
      const remove = hub.add({
        userId: user.id,
        tokenHash,
        write: (chunk) => raw.write(chunk),
        end: () => raw.end(),
      });
      request.raw.on('close', remove);
    },
  );
  return hub;
}
