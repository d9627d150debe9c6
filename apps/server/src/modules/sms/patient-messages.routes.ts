import { patientMessageIdParams, patientMessagesWire } from '@clinic/contract';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { listPatientMessages, markPatientMessageHandled } from './patient-messages.service.ts';

export function registerPatientMessageRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/patient-messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Texts from patients waiting for a person (owner and staff)',
        description:
          'Replies the clinic could not settle by itself: words for a person, a cancellation past the cut-off, a reply from an unknown number, and, until confirmations by text act on the visit, confirmations and cancellations to carry out. Oldest first; the live stream says `patient_messages.changed` when the list changes.',
        response: { 200: patientMessagesWire, ...problems(401, 403) },
      },
    },
    async (request) => listPatientMessages(ctx, requireUser(request)),
  );

  app.post(
    '/api/patient-messages/:id/handled',
    {
      schema: {
        tags: ['messages'],
        summary: 'Mark a text from a patient as handled (owner and staff)',
        description:
          'It leaves every desk’s list. Marking one that is handled already is no error.',
        params: patientMessageIdParams,
        response: { 204: z.null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await markPatientMessageHandled(ctx, requireUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
