import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FAKE_FROM,
  type FakeTwilio,
  signLikeTwilio,
  startFakeTwilio,
} from '../../test/fake-twilio.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { publicAddressPerTest } from '../../test/listening.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon.
let fake: FakeTwilio;
beforeEach(async () => {
  fake = await startFakeTwilio();
});
afterEach(() => fake.close());
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

const ANA = '+351911000001';
const inboundUrl = () => `${address.url}/api/sms/inbound`;

async function givePhone(userId: number, phone: string) {
  const res = await client(t.app, c.staff.token).patch(`/api/users/${userId}`, { phone });
  if (res.status !== 200) throw new Error(`phone not saved: ${res.raw.body}`);
}

/** Ana has a confirmed visit and its confirmation text went to her phone. */
async function anaTextedAboutHerVisit() {
  await givePhone(c.patient.user.id, '911 000 001');
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: c.patient.user.id,
    dentist: c.dentist.user.id,
    service: c.service.id,
    date: '2026-11-27',
    time: '10:00',
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  await waitFor(async () => (await sentTexts()).length === 1);
  return res.body as { id: number };
}

async function sentTexts() {
  return t.ctx.db.kysely
    .selectFrom('notifications')
    .select(['id', 'kind'])
    .where('channel', '=', 'sms')
    .where('sentAt', 'is not', null)
    .execute();
}

async function waitFor(condition: () => Promise<boolean>) {
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const inbound = () => t.ctx.db.kysely.selectFrom('smsInbound').selectAll().orderBy('id').execute();

/** Waits for the clinic's answers to reach the provider, and returns their texts. */
async function answers(count: number): Promise<string[]> {
  const texts = await fake.waitForMessages(count);
  return texts.map((m) => m.body);
}

describe('the text provider’s webhooks', () => {
  it('take a correctly signed text, and refuse a wrong or missing signature with 403, recording nothing', async () => {
    const params = {
      MessageSid: `SM${'1'.repeat(32)}`,
      From: ANA,
      To: FAKE_FROM,
      Body: 'Hello',
      AccountSid: fake.accountSid,
    };
    const post = (signature: string | undefined, body = params) =>
      fetch(inboundUrl(), {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(signature ? { 'x-twilio-signature': signature } : {}),
        },
        body: new URLSearchParams(body).toString(),
      });
    expect((await post(undefined)).status).toBe(403);
    expect((await post(signLikeTwilio('another-token', inboundUrl(), params))).status).toBe(403);
    // Signed for other words than those posted.
    const signed = signLikeTwilio(fake.authToken, inboundUrl(), params);
    const tampered = await post(signed, { ...params, Body: 'STOP' });
    expect(tampered.status).toBe(403);
    expect(await tampered.json()).toMatchObject({ code: 'forbidden' });
    expect(await inbound()).toEqual([]);

    const good = await post(signed);
    expect(good.status).toBe(200);
    expect(good.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await good.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    expect(await inbound()).toHaveLength(1);
  });

  it('check the status callback’s signature the same way', async () => {
    const params = { MessageSid: `SM${'2'.repeat(32)}`, MessageStatus: 'delivered' };
    const url = `${address.url}/api/sms/status`;
    const post = (signature: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signature,
        },
        body: new URLSearchParams(params).toString(),
      });
    expect((await post('bm90IHRoZSBzaWduYXR1cmU=')).status).toBe(403);
    expect((await post(signLikeTwilio(fake.authToken, url, params))).status).toBe(204);
  });
});

describe('a patient’s reply', () => {
  it('C confirms the visit as the patient’s answer, in its history, and is answered', async () => {
    const visit = await anaTextedAboutHerVisit();
    const answer = await fake.inbound(inboundUrl(), { from: ANA, body: ' c. ' });
    expect(answer.status).toBe(200);
    const [received] = await inbound();
    expect(received).toMatchObject({
      fromNumber: ANA,
      body: ' c. ',
      userId: c.patient.user.id,
      appointmentId: visit.id,
      intent: 'confirm',
      outcome: 'confirmed',
      needsAttention: 0,
    });
    expect((await answers(2))[1]).toMatch(/^Bright Smile Dental: thank you, we expect you .+/);
    const seen = await client(t.app, c.staff.token).get(`/api/appointments/${visit.id}`);
    expect(seen.body.patient_confirmed_at).toBe('2026-11-25T10:00:00.000Z');
    const history = await client(t.app, c.staff.token).get(`/api/appointments/${visit.id}/history`);
    expect(history.body.at(-1)).toMatchObject({
      actor: c.patient.user.id,
      changes: { via: [null, 'sms'] },
    });
    const waiting = await client(t.app, c.staff.token).get('/api/patient-messages');
    expect(waiting.body).toEqual({ count: 0, results: [] });
  });

  it('N cancels the visit as cancelled by the patient, and the front desk’s bell rings', async () => {
    const visit = await anaTextedAboutHerVisit();
    await fake.inbound(inboundUrl(), { from: ANA, body: 'N' });
    const [received] = await inbound();
    expect(received).toMatchObject({ intent: 'cancel', outcome: 'cancelled', needsAttention: 0 });
    expect((await answers(2))[1]).toMatch(/^Bright Smile Dental: your visit .+ is cancelled\./);
    const seen = await client(t.app, c.staff.token).get(`/api/appointments/${visit.id}`);
    expect(seen.body.status).toBe('cancelled');
    const bell = await client(t.app, c.staff.token).get('/api/inbox');
    expect(bell.body.results[0]).toMatchObject({
      kind: 'patient_cancelled',
      appointment: visit.id,
    });
  });

  it('N past the clinic’s cut-off changes nothing, says to phone, and waits for a person', async () => {
    const visit = await anaTextedAboutHerVisit();
    t.clock.now = Date.parse('2026-11-26T12:00:00.000Z');
    await fake.inbound(inboundUrl(), { from: ANA, body: 'cancel' });
    const [received] = await inbound();
    expect(received).toMatchObject({ intent: 'cancel', outcome: 'too_late', needsAttention: 1 });
    // The clock moved past every session's idle limit: the book is read directly.
    const row = await t.ctx.db.kysely
      .selectFrom('appointments')
      .select('status')
      .where('id', '=', visit.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('confirmed');
    const bell = await t.ctx.db.kysely
      .selectFrom('inboxItems')
      .select(['kind', 'appointmentId'])
      .where('userId', '=', c.staff.user.id)
      .execute();
    expect(bell).toContainEqual({ kind: 'patient_message', appointmentId: visit.id });
  });

  it('in words of their own waits for a person, unanswered, until marked handled', async () => {
    await anaTextedAboutHerVisit();
    await fake.inbound(inboundUrl(), { from: ANA, body: 'Can I come at 11 instead?' });
    const [received] = await inbound();
    expect(received).toMatchObject({ intent: 'other', outcome: 'forwarded', needsAttention: 1 });
    const bell = await client(t.app, c.owner.token).get('/api/inbox');
    expect(bell.body.results[0]).toMatchObject({ kind: 'patient_message' });

    const list = await client(t.app, c.owner.token).get('/api/patient-messages');
    expect(list.body.results).toHaveLength(1);
    const id = list.body.results[0].id;
    expect((await client(t.app, c.patient.token).get('/api/patient-messages')).status).toBe(403);
    expect(
      (await client(t.app, c.patient.token).post(`/api/patient-messages/${id}/handled`)).status,
    ).toBe(403);
    expect(
      (await client(t.app, c.staff.token).post(`/api/patient-messages/${id}/handled`)).status,
    ).toBe(204);
    // A colleague marking it too is no error.
    expect(
      (await client(t.app, c.owner.token).post(`/api/patient-messages/${id}/handled`)).status,
    ).toBe(204);
    expect((await client(t.app, c.owner.token).get('/api/patient-messages')).body).toEqual({
      count: 0,
      results: [],
    });
    expect(
      (await client(t.app, c.owner.token).post('/api/patient-messages/9999/handled')).status,
    ).toBe(404);
    // Only the confirmation went out: free words get no automatic answer.
    expect(fake.messages).toHaveLength(1);
  });

  it('STOP turns texts off for every topic, is answered once, and START turns them on', async () => {
    await anaTextedAboutHerVisit();
    await fake.inbound(inboundUrl(), { from: ANA, body: 'Stop' });
    expect((await answers(2))[1]).toBe(
      'Bright Smile Dental: you will get no more texts from us. Reply START to get them again.',
    );
    const off = await client(t.app, c.patient.token).get(
      `/api/users/${c.patient.user.id}/message-preferences`,
    );
    expect(off.body).toEqual({
      visit_changes: true,
      reminders: true,
      sms: { visit_changes: false, reminders: false },
    });
    const [received] = await inbound();
    expect(received).toMatchObject({ intent: 'opt_out', outcome: 'opted_out', needsAttention: 0 });
    const audit = await client(t.app, c.owner.token).get(
      `/api/audit?subject=account&actor=${c.patient.user.id}`,
    );
    expect(
      audit.body.results.some(
        (e: { changes: Record<string, unknown> }) =>
          JSON.stringify(e.changes.texts_reminders) === '[true,false]',
      ),
    ).toBe(true);

    await fake.inbound(inboundUrl(), { from: ANA, body: 'START' });
    const on = await client(t.app, c.patient.token).get(
      `/api/users/${c.patient.user.id}/message-preferences`,
    );
    expect(on.body.sms).toEqual({ visit_changes: true, reminders: true });
    expect((await answers(3))[2]).toBe(
      'Bright Smile Dental: you will get our texts again. STOP to opt out',
    );
  });

  it('from a number nobody has waits for the front desk, unanswered', async () => {
    await fake.inbound(inboundUrl(), { from: '+351939999999', body: 'Y' });
    const [received] = await inbound();
    expect(received).toMatchObject({
      userId: null,
      appointmentId: null,
      outcome: 'unknown_sender',
      needsAttention: 1,
    });
    expect(fake.messages).toHaveLength(0);
  });

  it('N with no visit still to come waits for a person', async () => {
    await givePhone(c.patient.user.id, '911 000 001');
    await fake.inbound(inboundUrl(), { from: ANA, body: 'N' });
    const [received] = await inbound();
    expect(received).toMatchObject({ userId: c.patient.user.id, outcome: 'no_visit' });
  });

  it('delivered twice by the provider is handled once', async () => {
    await anaTextedAboutHerVisit();
    const sid = `SM${'3'.repeat(32)}`;
    const params = {
      MessageSid: sid,
      From: ANA,
      To: FAKE_FROM,
      Body: 'STOP',
      AccountSid: fake.accountSid,
    };
    const post = () =>
      fetch(inboundUrl(), {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signLikeTwilio(fake.authToken, inboundUrl(), params),
        },
        body: new URLSearchParams(params).toString(),
      });
    const both = await Promise.all([post(), post()]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(await inbound()).toHaveLength(1);
    await answers(2);
    const replies = await t.ctx.db.kysely.selectFrom('smsReplies').select('kind').execute();
    expect(replies).toEqual([{ kind: 'opted_out' }]);
  });
});
