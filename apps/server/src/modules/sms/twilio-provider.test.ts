import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_FROM, type FakeTwilio, startFakeTwilio } from '../../test/fake-twilio.ts';
import { SmsSendError } from './sms-provider.ts';
import { createTwilioProvider } from './twilio-provider.ts';

let fake: FakeTwilio;
beforeEach(async () => {
  fake = await startFakeTwilio();
});
afterEach(() => fake.close());

const provider = (overrides: { authToken?: string; messagingService?: boolean } = {}) =>
  createTwilioProvider({
    accountSid: fake.accountSid,
    authToken: overrides.authToken ?? fake.authToken,
    from: overrides.messagingService
      ? { messagingServiceSid: `MG${'0'.repeat(32)}` }
      : { number: FAKE_FROM },
    apiUrl: fake.url,
  });

async function refusal(send: Promise<unknown>): Promise<SmsSendError> {
  const error = await send.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof SmsSendError)) throw new Error(`expected an SmsSendError, got ${error}`);
  return error;
}

describe('the Twilio provider', () => {
  it('posts To, From, Body and StatusCallback form-encoded with basic auth, and reads the sid', async () => {
    const accepted = await provider().send({
      to: '+351911000000',
      body: 'Smile: reminder. Reply C to confirm, N to cancel. STOP to opt out',
      statusCallback: 'https://clinic.example/api/sms/status',
    });
    expect(accepted.providerId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(accepted.status).toBe('queued');
    expect(fake.sends).toHaveLength(1);
    expect(fake.sends[0]).toMatchObject({
      authorized: true,
      status: 201,
      form: {
        To: '+351911000000',
        From: FAKE_FROM,
        Body: 'Smile: reminder. Reply C to confirm, N to cancel. STOP to opt out',
        StatusCallback: 'https://clinic.example/api/sms/status',
      },
    });
  });

  it('sends through a messaging service when one is configured instead of a number', async () => {
    await provider({ messagingService: true }).send({ to: '+351911000000', body: 'Hi' });
    expect(fake.sends[0]?.form).toMatchObject({ MessagingServiceSid: `MG${'0'.repeat(32)}` });
    expect(fake.sends[0]?.form.From).toBeUndefined();
  });

  it('takes a 500 and a 429 as worth retrying, with the provider’s code and words', async () => {
    fake.failNext(1, 'server_error');
    fake.failNext(1, 'rate_limited');
    const down = await refusal(provider().send({ to: '+351911000000', body: 'Hi' }));
    expect(down).toMatchObject({ retryable: true, code: '20500', httpStatus: 500 });
    const busy = await refusal(provider().send({ to: '+351911000000', body: 'Hi' }));
    expect(busy).toMatchObject({ retryable: true, code: '20429', reason: 'Too Many Requests' });
    await provider().send({ to: '+351911000000', body: 'Hi' });
    expect(fake.messages).toHaveLength(1);
  });

  it('takes an invalid number as permanent, with code 21211 and its reason', async () => {
    fake.failNext(1, 'invalid_number');
    const invalid = await refusal(provider().send({ to: '+351911000000', body: 'Hi' }));
    expect(invalid).toMatchObject({
      retryable: false,
      code: '21211',
      reason: "Invalid 'To' Phone Number",
      httpStatus: 400,
    });
  });

  it('takes a wrong auth token as permanent: the provider refuses it with 401', async () => {
    const refused = await refusal(
      provider({ authToken: 'wrong' }).send({ to: '+351911000000', body: 'Hi' }),
    );
    expect(refused).toMatchObject({ retryable: false, code: '20003', httpStatus: 401 });
    expect(fake.sends[0]?.authorized).toBe(false);
  });

  it('takes a provider it cannot reach as worth retrying', async () => {
    await fake.close();
    const unreachable = await refusal(provider().send({ to: '+351911000000', body: 'Hi' }));
    expect(unreachable).toMatchObject({ retryable: true, code: null, httpStatus: null });
    fake = await startFakeTwilio();
  });
});
