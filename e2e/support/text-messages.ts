import { expect } from '@playwright/test';

/**
 * The journeys' side of the Twilio stand-in (apps/server/src/test/fake-twilio.ts), which the
 * mail clinic sends its texts to: what it accepted, and the status reports it sends back.
 */
const base = () => `http://127.0.0.1:${process.env.E2E_TWILIO_PORT}/_fake`;

export interface SentText {
  sid: string;
  to: string;
  body: string;
}

async function sentTexts(): Promise<SentText[]> {
  return (await (await fetch(`${base()}/messages`)).json()) as SentText[];
}

/** Waits for a text to `to` whose words match, and returns it. */
export async function textTo(to: string, words: RegExp, timeout = 150_000): Promise<SentText> {
  let found: SentText | undefined;
  await expect
    .poll(
      async () => {
        found = (await sentTexts()).find((text) => text.to === to && words.test(text.body));
        return found !== undefined;
      },
      { message: `a text to ${to} matching ${words}`, timeout, intervals: [500, 1000] },
    )
    .toBe(true);
  if (!found) throw new Error('unreachable');
  return found;
}

/**
 * Has the stand-in report `statuses` of a text in turn to the clinic's status callback, signed
 * as Twilio signs, and checks the clinic took each.
 */
export async function reportStatus(sid: string, statuses: string[], errorCode?: string) {
  const response = await fetch(`${base()}/messages/${sid}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ statuses, error_code: errorCode }),
  });
  expect(response.status).toBe(200);
  const answers = (await response.json()) as { status: number; body: string }[];
  expect(answers.map((a) => a.status)).toEqual(statuses.map(() => 204));
}

/** A text from `from` to the clinic's number, as Twilio posts it to the clinic's webhook. */
export async function textToClinic(clinicUrl: string, from: string, body: string) {
  const response = await fetch(`${base()}/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url: `${clinicUrl}/api/sms/inbound`, from, body }),
  });
  expect(response.status).toBe(200);
  const answer = (await response.json()) as { status: number };
  expect(answer.status).toBe(200);
}
