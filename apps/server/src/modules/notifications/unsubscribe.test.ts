import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon.
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
afterEach(() => inbox.close());
const { t, c } = clinicPerTest(() => ({
  smtpUrl: inbox.url,
  publicUrl: 'https://clinic.example',
}));

const aboutVisits = () => inbox.received.filter((m) => !/Confirm your email/.test(m.subject));

async function confirmationEmail() {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: c.patient.user.id,
    dentist: c.dentist.user.id,
    service: c.service.id,
    date: '2026-11-27',
    time: '10:00',
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  while (aboutVisits().length < 1) await inbox.waitFor(inbox.received.length + 1);
  const [mail] = aboutVisits();
  if (!mail) throw new Error('no email');
  return mail;
}

const preferences = async () =>
  (await client(t.app, c.patient.token).get(`/api/users/${c.patient.user.id}/message-preferences`))
    .body;

describe('the way out of emails', () => {
  it('is a link at the end of each email to a patient, and the headers of RFC 8058', async () => {
    const mail = await confirmationEmail();
    const link =
      /To stop these emails, open: (https:\/\/clinic\.example\/unsubscribe#token=(\S+))/.exec(
        mail.text,
      );
    expect(link?.[1]).toBeDefined();
    const token = link?.[2] ?? '';
    expect(mail.headers['list-unsubscribe']).toBe(
      `<https://clinic.example/api/unsubscribe/one-click?token=${encodeURIComponent(token)}>`,
    );
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('turns every email topic off with the page’s POST, needs no sign-in, and works twice', async () => {
    const mail = await confirmationEmail();
    const token = /unsubscribe#token=(\S+)/.exec(mail.text)?.[1] ?? '';
    const done = await client(t.app).post('/api/unsubscribe', { token });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ channel: 'email' });
    expect(await preferences()).toEqual({
      visit_changes: false,
      reminders: false,
      sms: { visit_changes: true, reminders: true },
    });
    expect((await client(t.app).post('/api/unsubscribe', { token })).status).toBe(200);
  });

  it('takes a mail program’s one-click POST with the token in the address', async () => {
    const mail = await confirmationEmail();
    const target = /<https:\/\/clinic\.example(\/api\/unsubscribe\/one-click\?token=[^>]+)>/.exec(
      mail.headers['list-unsubscribe'] ?? '',
    )?.[1];
    const clicked = await t.app.inject({
      method: 'POST',
      url: target ?? '',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(clicked.statusCode).toBe(200);
    expect((await preferences()).reminders).toBe(false);
  });

  it('is not taken by opening the link: a GET changes nothing', async () => {
    const mail = await confirmationEmail();
    const token = /unsubscribe#token=(\S+)/.exec(mail.text)?.[1] ?? '';
    const opened = await t.app.inject({
      method: 'GET',
      url: `/api/unsubscribe/one-click?token=${encodeURIComponent(token)}`,
    });
    expect(opened.statusCode).toBe(404);
    expect((await preferences()).reminders).toBe(true);
  });

  it('refuses a token the server did not sign, or one for someone else', async () => {
    const mail = await confirmationEmail();
    const token = /unsubscribe#token=(\S+)/.exec(mail.text)?.[1] ?? '';
    const [, , mac] = token.split('.');
    for (const forged of [
      `${c.otherPatient.user.id}.email.${mac}`,
      `${c.patient.user.id}.sms.${mac}`,
      `${c.patient.user.id}.email.${'A'.repeat(32)}`,
      'nonsense',
    ]) {
      const refused = await client(t.app).post('/api/unsubscribe', { token: forged });
      expect(refused.status, forged).toBe(400);
      expect(refused.body.code).toBe('link_invalid');
    }
    expect((await preferences()).reminders).toBe(true);
  });

  it('is not offered to the front desk, whose news of requests is their work', async () => {
    const res = await client(t.app, c.patient.token).post('/api/appointments', {
      service: c.service.id,
      dentist: c.dentist.user.id,
      date: '2026-11-30',
      time: '10:00',
    });
    expect(res.status).toBe(201);
    while (!aboutVisits().some((m) => /request/i.test(m.subject))) {
      await inbox.waitFor(inbox.received.length + 1);
    }
    const request = aboutVisits().find((m) => /request/i.test(m.subject));
    expect(request?.text).not.toContain('unsubscribe');
    expect(request?.headers['list-unsubscribe']).toBeUndefined();
  });
});
