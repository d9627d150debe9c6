import {
  messagePreferencesWire,
  updateMessagePreferencesBody,
  userIdParams,
} from '@clinic/contract';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { getMessagePreferences, updateMessagePreferences } from './preferences.service.ts';

export function registerMessagePreferenceRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/users/:id/message-preferences',
    {
      schema: {
        tags: ['users'],
        summary: 'Which emails and texts one receives (one’s own account only)',
        params: userIdParams,
        response: { 200: messagePreferencesWire, ...problems(401, 403, 404) },
      },
    },
    async (request) => getMessagePreferences(ctx, requireUser(request), request.params.id),
  );

  app.patch(
    '/api/users/:id/message-preferences',
    {
      schema: {
        tags: ['users'],
        summary: 'Turn kinds of email or text on or off (one’s own account only)',
        description:
          'Applies when each message is sent: one already queued is dropped if its kind is off by then on its channel.',
        params: userIdParams,
        body: updateMessagePreferencesBody,
        response: { 200: messagePreferencesWire, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateMessagePreferences(ctx, requireUser(request), request.params.id, request.body),
  );
}
