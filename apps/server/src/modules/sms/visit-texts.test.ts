import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_FROM, type FakeTwilio, startFakeTwilio } from '../../test/fake-twilio.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { publicAddressPerTest } from '../../test/listening.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter),
// so a national number is Portuguese.
let fake: FakeTwilio;
beforeEach(async () => {
  fake = await startFakeTwilio();
});
afterEach(() => fake.close());
// The provider's status callbacks come over HTTP, to the clinic's public address.
const address = publicAddressPerTest();
const { t, c } = clinicPerTest(() => ({
  publicUrl: address.url,
  sms: {
    accountSid: fake.accountSid,
    authToken: fake.authToken,
    from: { number: FAKE_FROM },
    apiUrl: fake.url,
  },
}));
address.listen(t);

const PATIENT_NUMBER = '+351911000001';

async function givePhone(userId: number, phone: string) {
  const res = await client(t.app, c.staff.token).patch(`/api/users/${userId}`, { phone });
  if (res.status !== 200) throw new Error(`phone not saved: ${res.raw.body}`);
}

async function confirmedVisit(patient: number, date = '2026-11-27', time = '10:00') {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient,
    dentist: c.dentist.user.id,
    service: c.service.id,
    date,
    time,
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body as { id: number };
}

async function messagesOf(appointmentId: number, token = c.owner.token) {
  return client(t.app, token).get(`/api/appointments/${appointmentId}/messages`);
}

/** Waits until `check` holds for the appointment's messages, or fails after a generous while. */
async function waitForMessages(
  appointmentId: number,
  check: (results: Record<string, unknown>[]) => boolean,
) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { body } = await messagesOf(appointmentId);
    if (check(body.results)) return body.results as Record<string, unknown>[];
    if (Date.now() > deadline) throw new Error(`messages never matched: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const textOf = (results: Record<string, unknown>[], kind: string) =>
  results.find((m) => m.channel === 'sms' && m.kind === kind);

describe('texts about visits', () => {
  it('go to the patient’s number in E.164, with how to answer and how to stop', async () => {
    await givePhone(c.patient.user.id, '911 000 001');
    const visit = await confirmedVisit(c.patient.user.id);
    const [text] = await fake.waitForMessages(1);
    expect(text?.to).toBe(PATIENT_NUMBER);
    expect(text?.body).toBe(
      'Bright Smile Dental: your visit Fri 27 Nov 10:00 with Dr. Sam Reed is confirmed. Reply C to confirm, N to cancel. STOP to opt out',
    );
    expect(fake.sends[0]?.form.StatusCallback).toBe(`${address.url}/api/sms/status`);

    const results = await waitForMessages(
      visit.id,
      (r) => textOf(r, 'appointment_confirmed')?.status === 'sent',
    );
    expect(textOf(results, 'appointment_confirmed')).toMatchObject({
      channel: 'sms',
      recipient: c.patient.user.id,
      sent_to: PATIENT_NUMBER,
      status: 'sent',
      attempts: 1,
      reason: null,
    });
    // The reminder waits for its moment, by text too.
    expect(textOf(results, 'reminder')).toMatchObject({ status: 'queued', sent_at: null });
  });

  it('are not queued for a patient with no number a text can reach', async () => {
    const visit = await confirmedVisit(c.patient.user.id);
    const { body } = await messagesOf(visit.id);
    expect(body.results.filter((m: { channel: string }) => m.channel === 'sms')).toEqual([]);
  });

  it('show the provider’s reports: delivered, or failed with its code', async () => {
    await givePhone(c.patient.user.id, '911 000 001');
    await givePhone(c.otherPatient.user.id, '911 000 002');
    const first = await confirmedVisit(c.patient.user.id, '2026-11-27', '10:00');
    const second = await confirmedVisit(c.otherPatient.user.id, '2026-11-27', '11:00');
    const sent = await fake.waitForMessages(2);
    const to = (number: string) => sent.find((m) => m.to === number)?.sid ?? '';
    await waitForMessages(second.id, (r) => textOf(r, 'appointment_confirmed')?.status === 'sent');

    const answers = await fake.report(to(PATIENT_NUMBER), ['sent', 'delivered']);
    expect(answers.map((a) => a.status)).toEqual([204, 204]);
    // A late report of an earlier status does not move it back.
    await fake.report(to(PATIENT_NUMBER), ['sent']);
    await fake.report(to('+351911000002'), ['sent', 'undelivered'], '30003');

    const delivered = textOf((await messagesOf(first.id)).body.results, 'appointment_confirmed');
    expect(delivered).toMatchObject({ status: 'delivered', reason: null, provider_code: null });
    expect(delivered?.delivered_at).toBe('2026-11-25T10:00:00.000Z');
    const failed = textOf((await messagesOf(second.id)).body.results, 'appointment_confirmed');
    expect(failed).toMatchObject({
      status: 'failed',
      provider_code: '30003',
      reason: '30003: Unreachable destination handset',
    });
  });

  it('are tried again at once when the provider answers 500 or 429, and sent once', async () => {
    await givePhone(c.patient.user.id, '911 000 001');
    fake.failNext(1, 'server_error');
    fake.failNext(1, 'rate_limited');
    const visit = await confirmedVisit(c.patient.user.id);
    const results = await waitForMessages(
      visit.id,
      (r) => textOf(r, 'appointment_confirmed')?.status === 'sent',
    );
    expect(fake.sends.map((s) => s.status)).toEqual([500, 429, 201]);
    expect(fake.messages).toHaveLength(1);
    expect(textOf(results, 'appointment_confirmed')).toMatchObject({ attempts: 1, status: 'sent' });
  });

  it('wait for the next attempt when the provider stays down, then go out', async () => {
    await givePhone(c.patient.user.id, '911 000 001');
    fake.failNext(3, 'server_error');
    const visit = await confirmedVisit(c.patient.user.id);
    const waiting = await waitForMessages(
      visit.id,
      (r) => textOf(r, 'appointment_confirmed')?.reason === '20500: Internal Server Error',
    );
    expect(textOf(waiting, 'appointment_confirmed')).toMatchObject({
      status: 'queued',
      attempts: 1,
      due_at: '2026-11-25T10:01:00.000Z',
    });
    expect(fake.messages).toHaveLength(0);

    t.clock.now = Date.parse('2026-11-25T10:01:00.000Z');
    const sent = await waitForMessages(
      visit.id,
      (r) => textOf(r, 'appointment_confirmed')?.status === 'sent',
    );
    expect(textOf(sent, 'appointment_confirmed')).toMatchObject({ attempts: 2, reason: null });
    expect(fake.messages).toHaveLength(1);
  });

  it('give up at once on a number the provider refuses, keeping its code and words', async () => {
    await givePhone(c.patient.user.id, '911 000 001');
    fake.failNext(1, 'invalid_number');
    const visit = await confirmedVisit(c.patient.user.id);
    const results = await waitForMessages(
      visit.id,
      (r) => textOf(r, 'appointment_confirmed')?.status === 'failed',
    );
    expect(textOf(results, 'appointment_confirmed')).toMatchObject({
      status: 'failed',
      provider_code: '21211',
      reason: "21211: Invalid 'To' Phone Number",
      attempts: 1,
      sent_to: PATIENT_NUMBER,
    });
    expect(fake.sends).toHaveLength(1);
  });

  it('are dropped for someone who turned that topic’s texts off since', async () => {
    await givePhone(c.patient.user.id, '911 000 001');
    const visit = await confirmedVisit(c.patient.user.id);
    await fake.waitForMessages(1);
    await client(t.app, c.patient.token).patch(
      `/api/users/${c.patient.user.id}/message-preferences`,
      { sms: { reminders: false } },
    );
    // A day later every session has ended: the row itself tells.
    t.clock.now = Date.parse('2026-11-26T10:30:00.000Z');
    const reminder = () =>
      t.ctx.db.kysely
        .selectFrom('notifications')
        .select(['droppedAt', 'lastError', 'sentAt'])
        .where('appointmentId', '=', visit.id)
        .where('kind', '=', 'reminder')
        .where('channel', '=', 'sms')
        .executeTakeFirstOrThrow();
    while ((await reminder()).droppedAt === null) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await reminder()).toMatchObject({
      sentAt: null,
      lastError: 'recipient turned off reminders texts',
    });
    expect(fake.messages).toHaveLength(1);
  });

  it('about a dependant reach their guardian’s number, naming the dependant', async () => {
    await givePhone(c.patient.user.id, '911 000 001');
    const added = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
    });
    expect(added.status).toBe(201);
    await confirmedVisit(added.body.id);
    const [text] = await fake.waitForMessages(1);
    expect(text?.to).toBe(PATIENT_NUMBER);
    expect(text?.body).toContain("Leo Lima's visit");
  });

  it('are listed to owner and staff only', async () => {
    const visit = await confirmedVisit(c.patient.user.id);
    expect((await messagesOf(visit.id, c.staff.token)).status).toBe(200);
    expect((await messagesOf(visit.id, c.patient.token)).status).toBe(403);
    expect((await messagesOf(visit.id + 1000, c.otherPatient.token)).status).toBe(403);
    expect((await messagesOf(visit.id + 1000)).status).toBe(404);
  });
});
