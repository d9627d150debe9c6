import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Twilio's Messages API on loopback, speaking it as Twilio does, so the clinic's
 * real HTTP client is what the tests exercise:
 *
 * - `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` checks HTTP basic auth and the
 *   form-encoded To, From or MessagingServiceSid, Body and StatusCallback, and answers 201 with
 *   the message resource (`sid` "SM…", `status` "queued"), or Twilio's error body.
 * - It can be told to fail the next sends: 500, 429, or a permanent 400 with code 21211.
 * - It sends status callbacks (queued, sent, delivered, or failed/undelivered with an
 *   ErrorCode) and inbound messages to the clinic's webhooks, signed as Twilio signs:
 *   `X-Twilio-Signature`, the base64 HMAC-SHA1 keyed with the auth token of the full URL and
 *   each sorted POST parameter's name and value. It computes that here, on its own, so a
 *   mistake in the clinic's check is not repeated on this side.
 *
 * For journeys, which drive it from another process, the same things are offered over HTTP
 * under `/_fake/` (see `handleControl`).
 */
export type FailureMode = 'server_error' | 'rate_limited' | 'invalid_number';

export interface FakeSend {
  /** The form the client posted, as received. */
  form: Record<string, string>;
  /** What the fake answered. */
  status: number;
  /** The message's sid when accepted. */
  sid: string | null;
  authorized: boolean;
}

export interface FakeMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  statusCallback: string | null;
  status: string;
}

export interface WebhookAnswer {
  status: number;
  body: string;
  contentType: string | null;
}

const FAILURES: Record<FailureMode, { status: number; body: Record<string, unknown> }> = {
  server_error: {
    status: 500,
    body: {
      code: 20500,
      message: 'Internal Server Error',
      more_info: 'https://www.twilio.com/docs/errors/20500',
      status: 500,
    },
  },
  rate_limited: {
    status: 429,
    body: {
      code: 20429,
      message: 'Too Many Requests',
      more_info: 'https://www.twilio.com/docs/errors/20429',
      status: 429,
    },
  },
  invalid_number: {
    status: 400,
    body: {
      code: 21211,
      message: "Invalid 'To' Phone Number",
      more_info: 'https://www.twilio.com/docs/errors/21211',
      status: 400,
    },
  },
};

export const FAKE_ACCOUNT_SID = `AC${'f4ce'.repeat(8)}`;
export const FAKE_AUTH_TOKEN = 'fake-twilio-auth-token';
export const FAKE_FROM = '+15005550006';

/** Twilio's signature, computed independently of the clinic's code. */
export function signLikeTwilio(authToken: string, url: string, params: Record<string, string>) {
  let data = url;
  for (const name of Object.keys(params).sort()) data += name + params[name];
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64');
}

function sid(prefix: string): string {
  return prefix + randomBytes(16).toString('hex');
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

export async function startFakeTwilio(
  options: { accountSid?: string; authToken?: string; port?: number } = {},
) {
  const accountSid = options.accountSid ?? FAKE_ACCOUNT_SID;
  const authToken = options.authToken ?? FAKE_AUTH_TOKEN;
  const sends: FakeSend[] = [];
  const messages: FakeMessage[] = [];
  const failures: FailureMode[] = [];
  const messagesPath = `/2010-04-01/Accounts/${accountSid}/Messages.json`;

  function authorized(request: IncomingMessage): boolean {
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    return request.headers.authorization === expected;
  }

  async function handleSend(request: IncomingMessage, response: ServerResponse) {
    const raw = await readBody(request);
    const form = Object.fromEntries(new URLSearchParams(raw));
    const record: FakeSend = { form, status: 0, sid: null, authorized: authorized(request) };
    sends.push(record);
    const answer = (status: number, body: Record<string, unknown>) => {
      record.status = status;
      json(response, status, body);
    };
    if (!record.authorized) {
      return answer(401, {
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      });
    }
    if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
      return answer(400, { code: 20001, message: 'Unsupported content type', status: 400 });
    }
    if (!form.To)
      return answer(400, { code: 21604, message: "A 'To' phone number is required.", status: 400 });
    if (!form.Body)
      return answer(400, { code: 21602, message: 'Message body is required.', status: 400 });
    if (!form.From && !form.MessagingServiceSid) {
      return answer(400, {
        code: 21603,
        message: "A 'From' phone number is required.",
        status: 400,
      });
    }
    const failure = failures.shift();
    if (failure) return answer(FAILURES[failure].status, FAILURES[failure].body);
    if (!/^\+[1-9]\d{6,14}$/.test(form.To)) {
      return answer(400, FAILURES.invalid_number.body);
    }
    const message: FakeMessage = {
      sid: sid('SM'),
      to: form.To,
      from: form.From ?? '',
      body: form.Body,
      statusCallback: form.StatusCallback ?? null,
      status: 'queued',
    };
    messages.push(message);
    record.sid = message.sid;
    return answer(201, {
      sid: message.sid,
      account_sid: accountSid,
      messaging_service_sid: form.MessagingServiceSid ?? null,
      to: message.to,
      from: form.From ?? null,
      body: message.body,
      status: 'queued',
      num_segments: '1',
      direction: 'outbound-api',
      api_version: '2010-04-01',
      date_created: new Date().toUTCString(),
      error_code: null,
      error_message: null,
      uri: `${messagesPath.replace('.json', '')}/${message.sid}.json`,
    });
  }

  /** Posts `params` to `url` signed as Twilio signs, and returns the answer. */
  async function postSigned(url: string, params: Record<string, string>): Promise<WebhookAnswer> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        'x-twilio-signature': signLikeTwilio(authToken, url, params),
        'user-agent': 'TwilioProxy/1.1',
      },
      body: new URLSearchParams(params).toString(),
    });
    return {
      status: response.status,
      body: await response.text(),
      contentType: response.headers.get('content-type'),
    };
  }

  function find(messageSid: string): FakeMessage {
    const message = messages.find((m) => m.sid === messageSid);
    if (!message) throw new Error(`no message ${messageSid}`);
    return message;
  }

  /**
   * Reports each status of `messageSid` to its StatusCallback in turn, as Twilio does
   * (`sent`, then `delivered`; `failed` or `undelivered` with an ErrorCode).
   */
  async function report(
    messageSid: string,
    statuses: string[],
    errorCode?: string,
  ): Promise<WebhookAnswer[]> {
    const message = find(messageSid);
    if (!message.statusCallback) throw new Error(`message ${messageSid} asked for no callbacks`);
    const answers = [];
    for (const status of statuses) {
      message.status = status;
      const params: Record<string, string> = {
        AccountSid: accountSid,
        ApiVersion: '2010-04-01',
        From: message.from,
        MessageSid: message.sid,
        MessageStatus: status,
        SmsSid: message.sid,
        SmsStatus: status,
        To: message.to,
      };
      if ((status === 'failed' || status === 'undelivered') && errorCode) {
        params.ErrorCode = errorCode;
      }
      answers.push(await postSigned(message.statusCallback, params));
    }
    return answers;
  }

  /** A text from a patient's phone to the clinic's number, posted to its inbound webhook. */
  async function inbound(
    url: string,
    text: { from: string; body: string; to?: string },
  ): Promise<WebhookAnswer & { sid: string }> {
    const messageSid = sid('SM');
    const params = {
      AccountSid: accountSid,
      ApiVersion: '2010-04-01',
      Body: text.body,
      From: text.from,
      FromCountry: '',
      MessageSid: messageSid,
      NumMedia: '0',
      NumSegments: '1',
      SmsMessageSid: messageSid,
      SmsSid: messageSid,
      SmsStatus: 'received',
      To: text.to ?? FAKE_FROM,
      ToCountry: 'US',
    };
    return { ...(await postSigned(url, params)), sid: messageSid };
  }

  /** The journeys' remote control, under `/_fake/`. */
  async function handleControl(request: IncomingMessage, response: ServerResponse, path: string) {
    if (path === '/_fake/healthz') return json(response, 200, { ok: true });
    if (path === '/_fake/messages' && request.method === 'GET')
      return json(response, 200, messages);
    if (path === '/_fake/sends' && request.method === 'GET') return json(response, 200, sends);
    const body = request.method === 'POST' ? JSON.parse((await readBody(request)) || '{}') : {};
    if (path === '/_fake/fail' && request.method === 'POST') {
      failNext(Number(body.count ?? 1), body.mode ?? 'server_error');
      return json(response, 200, { ok: true });
    }
    const status = /^\/_fake\/messages\/(SM[0-9a-f]+)\/status$/.exec(path);
    if (status?.[1] && request.method === 'POST') {
      const answers = await report(status[1], body.statuses ?? [body.status], body.error_code);
      return json(response, 200, answers);
    }
    if (path === '/_fake/inbound' && request.method === 'POST') {
      return json(response, 200, await inbound(body.url, body));
    }
    json(response, 404, { code: 20404, message: 'Not found', status: 404 });
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const handled =
      path === messagesPath && request.method === 'POST'
        ? handleSend(request, response)
        : path.startsWith('/_fake/')
          ? handleControl(request, response, path)
          : Promise.resolve(
              json(response, 404, {
                code: 20404,
                message: `The requested resource ${path} was not found`,
                status: 404,
              }),
            );
    handled.catch((error: unknown) => {
      if (!response.headersSent) json(response, 500, { message: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  function failNext(count: number, mode: FailureMode = 'server_error'): void {
    for (let i = 0; i < count; i += 1) failures.push(mode);
  }

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    /** Every send request, answered or refused, in order. */
    sends,
    /** The messages accepted. */
    messages,
    failNext,
    report,
    inbound,
    /** Waits until `count` messages were accepted, or fails after `timeoutMs`. */
    async waitForMessages(count: number, timeoutMs = 30_000): Promise<FakeMessage[]> {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} text messages, got ${messages.length}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeTwilio = Awaited<ReturnType<typeof startFakeTwilio>>;
