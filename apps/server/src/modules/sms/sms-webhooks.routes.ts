import { smsInboundForm, smsStatusForm } from '@clinic/contract';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../lib/errors.ts';
import { FORM_TYPE, registerFormRoutes } from '../../lib/form-bodies.ts';
import { type App, problems } from '../../lib/http.ts';
import { publicOrigin } from '../../lib/public-origin.ts';
import { applyDeliveryReport } from './sms.repository.ts';
import { receiveText } from './sms-inbound.ts';
import type { SmsReplyActions } from './sms-reply-actions.ts';
import { providerErrorWords } from './twilio-errors.ts';
import { isTwilioSignatureValid } from './twilio-signature.ts';

/** TwiML that sends nothing back: the clinic's answers go through their outbox instead. */
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

const smsOff = () =>
  new AppError(
    409,
    'sms_off',
    'Text messages are off',
    'This clinic sends no text messages, so it takes none from a provider.',
  );

/**
 * Only Twilio can call these: it signs each request with the account's auth token over the
 * URL it called (the clinic's PUBLIC_URL and the path) and every parameter. Checked before
 * anything is read or recorded; a wrong or missing signature is 403.
 */
function verifySignature(ctx: AppContext) {
  return async (request: FastifyRequest) => {
    const sms = ctx.config.sms;
    if (!sms) throw smsOff();
    const params = (request.body ?? {}) as Record<string, unknown>;
    const strings = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, String(value)]),
    );
    const url = `${publicOrigin(ctx.config)}${request.url}`;
    const signature = request.headers['x-twilio-signature'];
    if (
      !isTwilioSignatureValid(
        sms.authToken,
        typeof signature === 'string' ? signature : undefined,
        url,
        strings,
      )
    ) {
      throw new AppError(
        403,
        'forbidden',
        'Forbidden',
        'The request is not signed by the text provider.',
      );
    }
  };
}

export function registerSmsWebhookRoutes(
  app: App,
  ctx: AppContext,
  actions: SmsReplyActions,
): void {
  registerFormRoutes(app, (forms) => {
    forms.post(
      '/api/sms/inbound',
      {
        preValidation: verifySignature(ctx),
        schema: {
          tags: ['messages'],
          summary:
            'A text a patient sent to the clinic’s number (Twilio’s incoming-message webhook)',
          description: `Form-encoded (\`${FORM_TYPE}\`) and signed with \`X-Twilio-Signature\` as Twilio sends it; a wrong signature is 403 and nothing is recorded. Set the clinic’s number’s webhook to \`PUBLIC_URL\` + this path. C, Y or YES confirms the visit the latest reminder or confirmation to that number was about, N, NO or CANCEL cancels it within the cut-off, STOP turns texts off and START on; anything else waits for the front desk. Answers empty TwiML; the clinic’s answer goes out as a text of its own. 409 \`sms_off\` when the clinic sends no texts.`,
          consumes: [FORM_TYPE],
          produces: ['text/xml'],
          body: smsInboundForm,
          response: {
            200: z.string().describe('Empty TwiML: `<Response></Response>`.'),
            ...problems(403, 409),
          },
        },
      },
      async (request, reply) => {
        await receiveText(ctx, actions, {
          providerMessageId: request.body.MessageSid,
          from: request.body.From,
          to: request.body.To,
          body: request.body.Body,
        });
        return reply.type('text/xml').send(EMPTY_TWIML);
      },
    );

    forms.post(
      '/api/sms/status',
      {
        preValidation: verifySignature(ctx),
        schema: {
          tags: ['messages'],
          summary: 'What became of a text the clinic sent (Twilio’s status callback)',
          description: `Form-encoded and signed as the incoming-message webhook. The clinic gives this address with every text it sends. A message’s status only moves forward (queued, sending, sent, then delivered, undelivered or failed); \`ErrorCode\` is kept with a failure. An unknown \`MessageSid\` is ignored. 409 \`sms_off\` when the clinic sends no texts.`,
          consumes: [FORM_TYPE],
          body: smsStatusForm,
          response: { 204: z.null(), ...problems(403, 409) },
        },
      },
      async (request, reply) => {
        const errorCode = request.body.ErrorCode || null;
        await applyDeliveryReport(ctx.db.kysely, {
          providerMessageId: request.body.MessageSid,
          status: request.body.MessageStatus,
          errorCode,
          errorWords: errorCode === null ? null : describeCode(errorCode),
          at: ctx.now(),
        });
        return reply.code(204).send(null);
      },
    );
  });
}

function describeCode(code: string): string {
  const words = providerErrorWords(code);
  return words ? `${code}: ${words}` : code;
}
