import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, registerPatient } from '../../test/factories.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { type ReceivedMail, startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client } from '../../test/test-app.ts';

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
afterEach(() => inbox.close());
const { t, c } = clinicPerTest(() => ({ smtpUrl: inbox.url }));

/** Waits for the confirmation email to `address` and reads the token from its link. */
async function confirmationTokenFor(address: string, nth = 1): Promise<string> {
  let found: ReceivedMail[] = [];
  for (;;) {
    found = inbox.received.filter((m) => m.to === address && /Confirm/.test(m.subject));
    if (found.length >= nth) break;
    await inbox.waitFor(inbox.received.length + 1);
  }
  const match = found[nth - 1]?.text.match(/\/verify-email#token=([\w-]+)/);
  if (!match?.[1]) throw new Error('no confirmation link');
  return match[1];
}

const requestVisit = (token: string) =>
  client(t.app, token).post('/api/appointments', {
    date: '2026-12-02',
    time: '09:30',
    dentist: c.dentist.user.id,
    service: c.service.id,
  });

describe('email verification', () => {
  it('marks a self-registered address unconfirmed until the link in its email is opened', async () => {
    expect(c.patient.user.email_verified).toBe(false);
    const listed = await client(t.app, c.staff.token).get(`/api/users/${c.patient.user.id}`);
    expect(listed.body.email_verified).toBe(false);
    expect(c.staff.user.email_verified).toBe(true);

    const token = await confirmationTokenFor(c.patient.user.email);
    // Opened on another device, signed in nowhere.
    const confirmed = await client(t.app).post('/api/auth/verify-email', { token });
    expect(confirmed.status).toBe(204);
    const me = await client(t.app, c.patient.token).get('/api/auth/me');
    expect(me.body.email_verified).toBe(true);

    const again = await client(t.app).post('/api/auth/verify-email', { token });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('link_used');

    const audit = await client(t.app, c.owner.token).get(
      `/api/audit?subject=account&actor=${c.patient.user.id}`,
    );
    const entry = audit.body.results.find(
      (e: { changes: Record<string, unknown> }) => e.changes.email_verified !== undefined,
    );
    expect(entry?.changes.email_verified).toEqual([false, true]);
  });

  it('refuses a confirmation link after 48 hours', async () => {
    const token = await confirmationTokenFor(c.patient.user.email);
    t.clock.now += 48 * 3_600_000;
    const late = await client(t.app).post('/api/auth/verify-email', { token });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('link_expired');
  });

  it('lets unconfirmed patients request visits until the clinic says otherwise', async () => {
    expect((await requestVisit(c.patient.token)).status).toBe(201);
    const owner = client(t.app, c.owner.token);
    const changed = await owner.patch('/api/clinic', { unverified_patients_may_request: false });
    expect(changed.body.unverified_patients_may_request).toBe(false);

    const refused = await client(t.app, c.otherPatient.token).post('/api/appointments', {
      date: '2026-12-03',
      time: '10:00',
      dentist: c.dentist.user.id,
      service: c.service.id,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('email_unverified');

    // The team still books for them.
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.otherPatient.user.id,
      date: '2026-12-03',
      time: '10:00',
      dentist: c.dentist.user.id,
      service: c.service.id,
    });
    expect(booked.status).toBe(201);

    const token = await confirmationTokenFor(c.otherPatient.user.email);
    await client(t.app).post('/api/auth/verify-email', { token });
    const asked = await client(t.app, c.otherPatient.token).post('/api/appointments', {
      date: '2026-12-04',
      time: '10:00',
      dentist: c.dentist.user.id,
      service: c.service.id,
    });
    expect(asked.status).toBe(201);
  });

  it('sends the link again on request, a few times per quarter hour', async () => {
    await confirmationTokenFor(c.patient.user.email);
    const me = client(t.app, c.patient.token);
    expect((await me.post('/api/auth/verify-email/resend')).status).toBe(202);
    expect((await me.post('/api/auth/verify-email/resend')).status).toBe(202);
    const past = await me.post('/api/auth/verify-email/resend');
    expect(past.status).toBe(429);
    expect(Number(past.headers['retry-after'])).toBeGreaterThan(0);
    const second = await confirmationTokenFor(c.patient.user.email, 2);
    expect((await client(t.app).post('/api/auth/verify-email', { token: second })).status).toBe(
      204,
    );
    const confirmed = await me.post('/api/auth/verify-email/resend');
    expect(confirmed.status).toBe(409);
    expect(confirmed.body.code).toBe('nothing_to_confirm');
  });

  it('takes an address the team types as confirmed', async () => {
    const res = await client(t.app, c.staff.token).post('/api/users', {
      email: 'walk.in@example.com',
      name: 'Walk In',
      role: 'patient',
    });
    expect(res.body.email_verified).toBe(true);
  });
});

describe('changing one’s own address', () => {
  it('keeps the old address until the new one is confirmed, then signs out other devices', async () => {
    const patient = await registerPatient(t.app, 'Clara Dias');
    const elsewhere = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: GOOD_PASSWORD,
    });
    const me = client(t.app, patient.token);
    const withoutPassword = await me.patch(`/api/users/${patient.user.id}`, {
      email: 'clara.new@example.com',
    });
    expect(withoutPassword.status).toBe(400);
    expect(withoutPassword.body.errors).toHaveProperty('current_password');

    const asked = await me.patch(`/api/users/${patient.user.id}`, {
      email: 'Clara.New@example.com',
      current_password: GOOD_PASSWORD,
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      email: patient.user.email,
      pending_email: 'clara.new@example.com',
    });
    // The old address still signs in meanwhile.
    const old = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: GOOD_PASSWORD,
    });
    expect(old.status).toBe(200);

    const token = await confirmationTokenFor('clara.new@example.com');
    const confirmed = await me.post('/api/auth/verify-email', { token });
    expect(confirmed.status).toBe(204);
    const now = await me.get('/api/auth/me');
    expect(now.body).toMatchObject({
      email: 'clara.new@example.com',
      pending_email: null,
      email_verified: true,
    });
    expect((await client(t.app, elsewhere.body.token).get('/api/auth/me')).status).toBe(401);
    const newLogin = await client(t.app).post('/api/auth/login', {
      email: 'clara.new@example.com',
      password: GOOD_PASSWORD,
    });
    expect(newLogin.status).toBe(200);
  });

  it('refuses an address another account has, and loses a race for it with 409', async () => {
    const me = client(t.app, c.patient.token);
    const taken = await me.patch(`/api/users/${c.patient.user.id}`, {
      email: c.otherPatient.user.email,
      current_password: GOOD_PASSWORD,
    });
    expect(taken.status).toBe(409);

    await me.patch(`/api/users/${c.patient.user.id}`, {
      email: 'wanted@example.com',
      current_password: GOOD_PASSWORD,
    });
    const token = await confirmationTokenFor('wanted@example.com');
    await client(t.app, c.staff.token).patch(`/api/users/${c.otherPatient.user.id}`, {
      email: 'wanted@example.com',
    });
    const late = await me.post('/api/auth/verify-email', { token });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('email_taken');
  });
});
