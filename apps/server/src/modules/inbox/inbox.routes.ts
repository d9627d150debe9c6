import { inboxPageWire, inboxQuery, inboxReadBody, unreadCountWire } from '@clinic/contract';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { listInbox, markRead, unreadCount } from './inbox.service.ts';
import { toInboxItemWire, toInboxPage } from './inbox-wire.ts';

export function registerInboxRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/inbox',
    {
      schema: {
        tags: ['inbox'],
        summary:
          'The signed-in person’s notifications, newest first, a page at a time (`next` carries the cursor)',
        querystring: inboxQuery,
        response: { 200: inboxPageWire, ...problems(400, 401) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await listInbox(ctx, requireUser(request), {
        unreadOnly: q.unread === true,
        cursor: q.cursor,
        pageSize: q.page_size,
      });
      return toInboxPage(request, page.rows.map(toInboxItemWire), page.count, page.hasMore);
    },
  );

  app.get(
    '/api/inbox/unread-count',
    {
      schema: {
        tags: ['inbox'],
        summary: 'How many of the signed-in person’s notifications are not read yet',
        response: { 200: unreadCountWire, ...problems(401) },
      },
    },
    async (request) => ({ unread: await unreadCount(ctx, requireUser(request)) }),
  );

  app.post(
    '/api/inbox/read',
    {
      schema: {
        tags: ['inbox'],
        summary:
          'Mark the signed-in person’s notifications read, by id or all; answers how many stay unread',
        body: inboxReadBody,
        response: { 200: unreadCountWire, ...problems(400, 401) },
      },
    },
    async (request) => markRead(ctx, requireUser(request), request.body),
  );
}
