import {
  visitAnswerBody,
  visitAnswerPreviewBody,
  visitAnswerPreviewWire,
  visitAnswerResultWire,
} from '@clinic/contract';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { answerVisit, previewVisitAnswer } from './visit-answers.service.ts';

/**
 * Per client address, in memory like the password reset's limit. A token holds 256 random
 * bits, so the limit is not what keeps guessers out; it keeps one client from hammering.
 */
const answerRateLimit = { rateLimit: { max: 30, timeWindow: '15 minutes' } };

const LINK_PROBLEMS =
  '400 `link_used`, `link_expired` (the visit has begun) or `link_invalid`; 409 `visit_moved` when the visit has another time now (the message about it carries new links).';

export function registerVisitAnswerRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/visit-answers/preview',
    {
      config: answerRateLimit,
      schema: {
        tags: ['answers'],
        summary: 'The visit an answer link is about, and which answers it can still give',
        description: `Needs no sign-in: the link in a message about a visit is the key. Changes nothing. ${LINK_PROBLEMS}`,
        body: visitAnswerPreviewBody,
        response: { 200: visitAnswerPreviewWire, ...problems(400, 409, 429) },
      },
    },
    async (request) => previewVisitAnswer(ctx, request.body.token),
  );

  app.post(
    '/api/visit-answers',
    {
      config: answerRateLimit,
      schema: {
        tags: ['answers'],
        summary: 'Answer "I’ll be there" or "I can’t come" with the link from a message',
        description: `Needs no sign-in; the link works once. \`attend\` records the patient’s confirmation (\`patient_confirmed_at\`; a visit confirmed already stays so), \`cancel\` cancels the visit with the reason "cancelled by patient" under the rules of a patient’s own cancellation, and the front desk is told. 409 \`too_late\` past the clinic’s \`patient_change_cutoff_hours\` (the patient phones; the link still takes \`attend\`), 409 \`invalid_transition\` for a visit no longer pending or confirmed. ${LINK_PROBLEMS}`,
        body: visitAnswerBody,
        response: { 200: visitAnswerResultWire, ...problems(400, 409, 429) },
      },
    },
    async (request) => answerVisit(ctx, request.body.token, request.body.answer),
  );
}
