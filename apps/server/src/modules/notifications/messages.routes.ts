import {
  appointmentMessagesWire,
  oneClickUnsubscribeForm,
  unsubscribeBody,
  unsubscribedWire,
  unsubscribeQuery,
} from '@clinic/contract';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../lib/errors.ts';
import { FORM_TYPE, registerFormRoutes } from '../../lib/form-bodies.ts';
import { type App, problems, signUpRateLimit } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { listAppointmentMessages } from './delivery.service.ts';
import { unsubscribe } from './unsubscribe.ts';

const appointmentIdParams = z.object({ id: z.coerce.number().int().positive() });

/** What became of an appointment's messages, and the way out of them. */
export function registerMessageRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/appointments/:id/messages',
    {
      schema: {
        tags: ['messages'],
        summary:
          'Every email and text about an appointment, and what became of each (owner and staff)',
        description:
          'Oldest first. A text’s status follows the provider’s reports (sent, then delivered or failed with its code). Patients get 403 for any id.',
        params: appointmentIdParams,
        response: { 200: appointmentMessagesWire, ...problems(401, 403, 404) },
      },
    },
    async (request) => listAppointmentMessages(ctx, requireUser(request), request.params.id),
  );

  app.post(
    '/api/unsubscribe',
    {
      config: signUpRateLimit,
      schema: {
        tags: ['messages'],
        summary: 'Stop a channel’s messages with the link from one of them',
        description:
          'Needs no sign-in: the signed link names the person and the channel (`email`), and turns every topic of it off, as their own audited choice; using it again changes nothing. The page at the link asks first and then posts here, so a mail scanner opening links unsubscribes nobody. 400 `link_invalid` for a link the server did not make.',
        body: unsubscribeBody,
        response: { 200: unsubscribedWire, ...problems(400, 429) },
      },
    },
    async (request) => unsubscribe(ctx, request.body.token),
  );

  registerFormRoutes(app, (forms) => {
    forms.post(
      '/api/unsubscribe/one-click',
      {
        config: signUpRateLimit,
        schema: {
          tags: ['messages'],
          summary: 'RFC 8058 one-click unsubscribe, as a mail program posts it',
          description: `The address of each email's \`List-Unsubscribe\` header, with \`List-Unsubscribe-Post: List-Unsubscribe=One-Click\`: the mail program posts \`List-Unsubscribe=One-Click\` form-encoded (\`${FORM_TYPE}\`), the token in the address. Does what \`POST /api/unsubscribe\` does.`,
          consumes: [FORM_TYPE],
          querystring: unsubscribeQuery,
          body: oneClickUnsubscribeForm,
          response: { 200: unsubscribedWire, ...problems(400, 429) },
        },
      },
      async (request) => {
        const token = request.query.token;
        if (!token) {
          throw new AppError(400, 'link_invalid', 'Link not valid', 'The address has no token.');
        }
        return unsubscribe(ctx, token);
      },
    );
  });
}
