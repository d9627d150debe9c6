import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEventStream } from '../../test/event-stream-client.ts';
import { GOOD_PASSWORD } from '../../test/factories.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { type ReceivedMail, startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client } from '../../test/test-app.ts';

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
afterEach(() => inbox.close());
const { t, c } = clinicPerTest(() => ({
  smtpUrl: inbox.url,
  publicUrl: 'https://clinic.example',
}));

const NEW_PASSWORD = 'fresh-enamel-porto-77';

/** The token from the link in an email. */
function tokenIn(mail: ReceivedMail | undefined): string {
  const match = mail?.text.match(/https:\/\/clinic\.example\/reset-password#token=([\w-]+)/);
  if (!match?.[1]) throw new Error(`no reset link in: ${mail?.text}`);
  return match[1];
}

/** Waits for the reset email to `address`, past the confirmation emails of registration. */
async function resetMailTo(address: string): Promise<ReceivedMail> {
  for (;;) {
    const found = inbox.received.find((m) => m.to === address && /new password/.test(m.subject));
    if (found) return found;
    await inbox.waitFor(inbox.received.length + 1);
  }
}

/** Every account email queued so far is sent or dropped: none can still arrive. */
const outboxSettled = () =>
  vi.waitFor(
    async () => {
      const waiting = await t.ctx.db.kysely
        .selectFrom('accountEmails')
        .select('id')
        .where('sentAt', 'is', null)
        .where('droppedAt', 'is', null)
        .execute();
      if (waiting.length > 0) throw new Error(`${waiting.length} account emails still queued`);
    },
    { timeout: 30_000, interval: 50 },
  );

describe('password reset by email', () => {
  it('sends a single-use link to a known address, which sets the new password', async () => {
    const asked = await client(t.app).post('/api/auth/password-reset', {
      email: c.staff.user.email.toUpperCase(),
    });
    expect(asked.status).toBe(202);
    const mail = await resetMailTo(c.staff.user.email);
    expect(mail.subject).toBe('Choose a new password – Bright Smile Dental');
    expect(mail.text).toContain('within 30 minutes');

    const token = tokenIn(mail);
    const reset = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(reset.status).toBe(204);
    const oldLogin = await client(t.app).post('/api/auth/login', {
      email: c.staff.user.email,
      password: GOOD_PASSWORD,
    });
    expect(oldLogin.status).toBe(401);
    const newLogin = await client(t.app).post('/api/auth/login', {
      email: c.staff.user.email,
      password: NEW_PASSWORD,
    });
    expect(newLogin.status).toBe(200);

    const again = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'another-enamel-porto-78',
    });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('link_used');
  });

  it('answers an unknown address exactly as a known one, and emails nobody', async () => {
    const known = await client(t.app).post('/api/auth/password-reset', {
      email: c.owner.user.email,
    });
    const unknown = await client(t.app).post('/api/auth/password-reset', {
      email: 'nobody.here@example.com',
    });
    expect(unknown.status).toBe(known.status);
    expect(unknown.raw.body).toBe(known.raw.body);
    await resetMailTo(c.owner.user.email);
    await outboxSettled();
    expect(inbox.received.filter((m) => /new password/.test(m.subject))).toHaveLength(1);
    expect(inbox.received.some((m) => m.to === 'nobody.here@example.com')).toBe(false);
  });

  it('lifts a lock-out earned by wrong guesses, so the new password works at once', async () => {
    const email = c.staff.user.email;
    let lastStatus = 0;
    for (let i = 0; i < 20 && lastStatus !== 429; i++) {
      lastStatus = (await client(t.app).post('/api/auth/login', { email, password: `nope-${i}` }))
        .status;
    }
    expect(lastStatus).toBe(429);
    await client(t.app).post('/api/auth/password-reset', { email });
    const reset = await client(t.app).post('/api/auth/password-reset/confirm', {
      token: tokenIn(await resetMailTo(email)),
      password: NEW_PASSWORD,
    });
    expect(reset.status).toBe(204);
    const login = await client(t.app).post('/api/auth/login', { email, password: NEW_PASSWORD });
    expect(login.status).toBe(200);
  });

  it('refuses a link past its 30 minutes', async () => {
    await client(t.app).post('/api/auth/password-reset', { email: c.dentist.user.email });
    const token = tokenIn(await resetMailTo(c.dentist.user.email));
    t.clock.now += 30 * 60_000;
    const late = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('link_expired');
    const login = await client(t.app).post('/api/auth/login', {
      email: c.dentist.user.email,
      password: GOOD_PASSWORD,
    });
    expect(login.status).toBe(200);
  });

  it('refuses a token nobody was sent, and a weak password, without using the link', async () => {
    const forged = await client(t.app).post('/api/auth/password-reset/confirm', {
      token: 'not-a-token-anyone-was-sent',
      password: NEW_PASSWORD,
    });
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('link_invalid');

    await client(t.app).post('/api/auth/password-reset', { email: c.patient.user.email });
    const token = tokenIn(await resetMailTo(c.patient.user.email));
    const weak = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toHaveProperty('password');
    const good = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(good.status).toBe(204);
  });

  it('ends every session of the account, live streams included, and audits the change', async () => {
    const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(baseUrl, c.patient.token);
    const elsewhere = await client(t.app).post('/api/auth/login', {
      email: c.patient.user.email,
      password: GOOD_PASSWORD,
    });
    await client(t.app).post('/api/auth/password-reset', { email: c.patient.user.email });
    const token = tokenIn(await resetMailTo(c.patient.user.email));
    const reset = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(reset.status).toBe(204);
    expect((await client(t.app, c.patient.token).get('/api/auth/me')).status).toBe(401);
    expect((await client(t.app, elsewhere.body.token).get('/api/auth/me')).status).toBe(401);
    await stream.waitUntil(() => stream.ended, 'the patient’s live stream to end');
    await stream.close();

    const audit = await client(t.app, c.owner.token).get(
      `/api/audit?subject=account&actor=${c.patient.user.id}`,
    );
    expect(audit.status).toBe(200);
    const entry = audit.body.results.find(
      (e: { subject_id: number; changes: Record<string, unknown> }) =>
        e.subject_id === c.patient.user.id && e.changes.password !== undefined,
    );
    expect(entry?.changes.password).toEqual([null, 'changed']);
  });

  it('answers 429 to one address asking too often', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await client(t.app).post('/api/auth/password-reset', {
        email: `someone.${i}@example.com`,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('sends one account a few emails per quarter hour, however often its address is typed', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await client(t.app).post('/api/auth/password-reset', {
        email: c.staff.user.email,
      });
      expect(res.status).toBe(202);
    }
    await inbox.waitFor(3);
    await outboxSettled();
    expect(inbox.received.filter((m) => m.to === c.staff.user.email)).toHaveLength(3);
  });
});
