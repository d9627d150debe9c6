import type { SmsConfig } from '../../config.ts';
import {
  type SmsAccepted,
  type SmsMessage,
  type SmsProvider,
  SmsSendError,
} from './sms-provider.ts';

/** Long enough for Twilio on a bad day; a send that takes longer is retried later. */
const REQUEST_TIMEOUT_MS = 15_000;

interface TwilioMessageResource {
  sid?: unknown;
  status?: unknown;
}

interface TwilioErrorBody {
  code?: unknown;
  message?: unknown;
}

/**
 * Twilio's Messages API: `POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json` with HTTP
 * basic auth (account SID and auth token) and a form-encoded To, From (or MessagingServiceSid),
 * Body and StatusCallback. 201 answers the message resource (`sid` "SM…", `status` "queued");
 * an error answers `{code, message, more_info, status}`. 429 and 5xx may pass later and are
 * retried; any other 4xx (an invalid number, an unsubscribed one) never will.
 */
export function createTwilioProvider(config: SmsConfig): SmsProvider {
  const endpoint = `${config.apiUrl}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;

  return {
    async send(message: SmsMessage): Promise<SmsAccepted> {
      const form = new URLSearchParams({ To: message.to, Body: message.body });
      if ('number' in config.from) form.set('From', config.from.number);
      else form.set('MessagingServiceSid', config.from.messagingServiceSid);
      if (message.statusCallback) form.set('StatusCallback', message.statusCallback);

      let response: Response;
      let text: string;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: form.toString(),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        text = await response.text();
      } catch (error) {
        // Nothing came back, so nothing says the message was not taken; a retry is still
        // the lesser harm than a reminder never sent.
        const reason = error instanceof Error ? error.message : String(error);
        throw new SmsSendError(true, null, `the provider could not be reached: ${reason}`);
      }

      if (response.status === 201 || response.status === 200) {
        const resource = parseJson(text) as TwilioMessageResource | undefined;
        if (typeof resource?.sid !== 'string') {
          throw new SmsSendError(true, null, 'the provider answered without a message id');
        }
        return {
          providerId: resource.sid,
          status: typeof resource.status === 'string' ? resource.status : 'queued',
        };
      }

      const problem = parseJson(text) as TwilioErrorBody | undefined;
      const code =
        problem?.code === undefined || problem.code === null ? null : String(problem.code);
      const reason =
        typeof problem?.message === 'string' && problem.message !== ''
          ? problem.message
          : `HTTP ${response.status}`;
      const retryable = response.status === 429 || response.status >= 500;
      throw new SmsSendError(
        retryable,
        code,
        reason,
        response.status,
        retryAfterMs(response.headers.get('retry-after')),
      );
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `Retry-After` in seconds (the only form Twilio uses), or null. */
function retryAfterMs(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim()) * 1000;
}
