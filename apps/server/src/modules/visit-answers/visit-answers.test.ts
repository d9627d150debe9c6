import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD } from '../../test/factories.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { type ReceivedMail, startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter)
// and lets patients change a visit until 24 hours before it.
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
afterEach(() => inbox.close());
const { t, c } = clinicPerTest(() => ({
  smtpUrl: inbox.url,
  publicUrl: 'https://clinic.example',
}));
// Registering the clinic's two patients sends each a link to confirm their address; these tests
// are about the visit emails that follow.
beforeEach(async () => {
  await inbox.waitFor(2);
  inbox.received.splice(0);
});

const STARTS_AT = Date.parse('2026-12-02T09:30:00.000Z');
const HOUR = 3_600_000;

/** The answer link's token in a message, and the other links beside it. */
function linksIn(mail: ReceivedMail | undefined) {
  const token = mail?.text.match(
    /I’ll be there: https:\/\/clinic\.example\/visit-answer#token=([\w-]+)&answer=attend/,
  )?.[1];
  if (!token) throw new Error(`no answer link in: ${mail?.text}`);
  return {
    token,
    cancel: mail?.text.match(/I can’t come: (\S+)/)?.[1],
    move: mail?.text.match(/Choose another time: (\S+)/)?.[1],
  };
}

/** The next email to the patient, after those already received. */
async function nextMailToPatient(): Promise<ReceivedMail> {
  const seen = inbox.received.length;
  for (;;) {
    const found = inbox.received.slice(seen).find((m) => m.to === c.patient.user.email);
    if (found) return found;
    await inbox.waitFor(inbox.received.length + 1);
  }
}

/** A visit the front desk booked and confirmed, with the token of its confirmation email. */
async function confirmedVisit(fields: Record<string, unknown> = {}) {
  const mail = nextMailToPatient();
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: c.patient.user.id,
    dentist: c.dentist.user.id,
    service: c.service.id,
    date: '2026-12-02',
    time: '09:30',
    ...fields,
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return { id: res.body.id as number, mail: await mail };
}

const preview = (token: string) => client(t.app).post('/api/visit-answers/preview', { token });
const answer = (token: string, given: 'attend' | 'cancel') =>
  client(t.app).post('/api/visit-answers', { token, answer: given });
const visitAs = (token: string, id: number) => client(t.app, token).get(`/api/appointments/${id}`);
const historyOf = async (id: number) =>
  (await client(t.app, await frontDesk()).get(`/api/appointments/${id}/history`)).body;

/** A fresh session of the front desk: the test clock may have run past the first one's end. */
async function frontDesk(): Promise<string> {
  const login = await client(t.app).post('/api/auth/login', {
    email: c.staff.user.email,
    password: GOOD_PASSWORD,
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.raw.body}`);
  return login.body.token;
}

describe('the links in a confirmation email', () => {
  it('say "I’ll be there", "I can’t come" and "Choose another time", and store no token', async () => {
    const { id, mail } = await confirmedVisit();
    expect(mail.subject).toBe(
      'Your appointment on Wednesday 2 December 2026 at 09:30 is confirmed',
    );
    const links = linksIn(mail);
    expect(links.cancel).toBe(
      `https://clinic.example/visit-answer#token=${links.token}&answer=cancel`,
    );
    expect(links.move).toBe(`https://clinic.example/patient/appointments?move=${id}`);
    const stored = await t.ctx.db.kysely
      .selectFrom('visitLinks')
      .select(['tokenHash', 'appointmentId', 'patientId', 'expiresAt', 'usedAt'])
      .execute();
    expect(stored).toEqual([
      {
        tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        appointmentId: id,
        patientId: c.patient.user.id,
        expiresAt: STARTS_AT,
        usedAt: null,
      },
    ]);
    expect(JSON.stringify(stored)).not.toContain(links.token);
  });

  it('open a preview of the visit without signing in, which changes nothing', async () => {
    const { id, mail } = await confirmedVisit();
    const { token } = linksIn(mail);
    const res = await preview(token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      clinic_name: 'Bright Smile Dental',
      clinic_phone: '',
      patient_first_name: 'Ana',
      date: '2026-12-02',
      time: '09:30',
      end_time: '10:15',
      dentist_name: 'Dr. Sam Reed',
      service_name: 'Cleaning',
      status: 'confirmed',
      patient_confirmed: false,
      answers: { attend: 'open', cancel: 'open' },
    });
    expect((await preview(token)).status).toBe(200);
    expect((await visitAs(c.staff.token, id)).body.patient_confirmed_at).toBeNull();
  });
});

describe('"I’ll be there"', () => {
  it('records the patient’s confirmation on the visit and in its history, once', async () => {
    const { id, mail } = await confirmedVisit();
    const { token } = linksIn(mail);
    const before = await visitAs(c.staff.token, id);
    t.clock.now += 60_000;
    const at = new Date(t.clock.now).toISOString();

    const res = await answer(token, 'attend');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      answered: 'attend',
      status: 'confirmed',
      patient_confirmed: true,
    });

    for (const who of [c.staff.token, c.patient.token]) {
      const after = await visitAs(who, id);
      expect(after.body).toMatchObject({ status: 'confirmed', patient_confirmed_at: at });
      expect(after.body.version).toBe(before.body.version + 1);
    }
    expect((await historyOf(id)).at(-1)).toEqual({
      at,
      actor: c.patient.user.id,
      actor_name: 'Ana Lima',
      action: 'updated',
      changes: { patient_confirmed_at: [null, at], via: [null, 'link'] },
      reason: null,
    });
  });

  it('cannot be given again with the same link, nor can the link then cancel', async () => {
    const { id, mail } = await confirmedVisit();
    const { token } = linksIn(mail);
    expect((await answer(token, 'attend')).status).toBe(200);

    for (const again of [await answer(token, 'attend'), await answer(token, 'cancel')]) {
      expect(again.status).toBe(400);
      expect(again.body).toMatchObject({ code: 'link_used' });
    }
    expect((await preview(token)).body).toMatchObject({ status: 400, code: 'link_used' });
    expect((await visitAs(c.staff.token, id)).body.status).toBe('confirmed');
  });

  it('is taken once when the same link is sent twice at the same moment', async () => {
    const { mail } = await confirmedVisit();
    const { token } = linksIn(mail);
    const answers = await Promise.all(
      (['attend', 'cancel', 'attend', 'cancel'] as const).map((given) => answer(token, given)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400, 400]);
    expect(answers.filter((a) => a.status === 400).map((a) => a.body.code)).toEqual([
      'link_used',
      'link_used',
      'link_used',
    ]);
  });

  it('is accepted for a visit the patient confirmed already, and spends the link', async () => {
    const first = await confirmedVisit();
    // A reminder of the same visit carries a link of its own.
    t.clock.now = STARTS_AT - 24 * HOUR;
    const reminder = await nextMailToPatient();
    expect(reminder.subject).toMatch(/^Reminder/);
    expect((await answer(linksIn(first.mail).token, 'attend')).status).toBe(200);
    const desk = await frontDesk();
    const confirmedAt = (await visitAs(desk, first.id)).body.patient_confirmed_at;
    expect(confirmedAt).toBe(new Date(t.clock.now).toISOString());

    t.clock.now += 60_000;
    const again = await answer(linksIn(reminder).token, 'attend');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ answered: 'attend', patient_confirmed: true });
    expect((await visitAs(desk, first.id)).body.patient_confirmed_at).toBe(confirmedAt);
    expect((await answer(linksIn(reminder).token, 'attend')).body.code).toBe('link_used');
  });
});

describe('a link’s lifetime', () => {
  it('ends at the visit’s start', async () => {
    const { mail } = await confirmedVisit();
    const { token } = linksIn(mail);
    t.clock.now = STARTS_AT - 1;
    expect((await preview(token)).body.answers).toEqual({ attend: 'open', cancel: 'too_late' });
    t.clock.now = STARTS_AT;
    for (const res of [await preview(token), await answer(token, 'attend')]) {
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('link_expired');
    }
  });

  it('ends when the visit moves, and the confirmation with it; the new time’s email brings new links', async () => {
    const { id, mail } = await confirmedVisit();
    const old = linksIn(mail).token;
    expect((await answer(old, 'attend')).status).toBe(200);
    const movedMail = nextMailToPatient();
    const current = await visitAs(c.staff.token, id);
    const moved = await client(t.app, c.staff.token).patch(
      `/api/appointments/${id}`,
      { date: '2026-12-03', time: '14:00' },
      { 'if-match': current.headers.etag as string },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.patient_confirmed_at).toBeNull();
    expect((await historyOf(id)).at(-1).changes).toMatchObject({
      date: ['2026-12-02', '2026-12-03'],
      time: ['09:30', '14:00'],
      patient_confirmed_at: [current.body.patient_confirmed_at, null],
    });

    const fresh = linksIn(await movedMail);
    expect((await preview(fresh.token)).body).toMatchObject({ date: '2026-12-03', time: '14:00' });
    expect((await answer(fresh.token, 'attend')).status).toBe(200);
    expect((await visitAs(c.staff.token, id)).body.patient_confirmed_at).not.toBeNull();
  });

  it('dies with an unused link when the visit moves, saying so', async () => {
    const { id, mail } = await confirmedVisit();
    const { token } = linksIn(mail);
    await client(t.app, c.patient.token).patch(`/api/appointments/${id}`, {
      date: '2026-12-04',
      time: '10:00',
    });
    for (const res of [await preview(token), await answer(token, 'attend')]) {
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('visit_moved');
    }
  });

  it('answers link_invalid to a token nobody was sent', async () => {
    const res = await answer('x'.repeat(43), 'attend');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('link_invalid');
    const malformed = await client(t.app).post('/api/visit-answers', {
      token: 'x',
      answer: 'maybe',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('validation_error');
  });
});

describe('"I can’t come"', () => {
  it('cancels the visit with the reason "cancelled by patient" and tells the front desk', async () => {
    const { id, mail } = await confirmedVisit();
    const { token } = linksIn(mail);
    const seen = inbox.received.length;
    const res = await answer(token, 'cancel');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ answered: 'cancel', status: 'cancelled' });
    expect((await visitAs(c.patient.token, id)).body.status).toBe('cancelled');
    expect((await historyOf(id)).at(-1)).toMatchObject({
      actor: c.patient.user.id,
      changes: { status: ['confirmed', 'cancelled'], via: [null, 'link'] },
      reason: 'cancelled by patient',
    });
    const mails = (await inbox.waitFor(seen + 2)).slice(seen);
    expect(mails.map((m) => m.to).sort()).toEqual([c.owner.user.email, c.staff.user.email].sort());
    expect(mails[0]?.subject).toBe('Ana Lima cancelled an appointment');
    const bell = await client(t.app, c.staff.token).get('/api/inbox');
    expect(bell.body.results[0]).toMatchObject({ kind: 'patient_cancelled', appointment: id });
    // The time is free again: a new booking of it fits.
    const rebooked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.otherPatient.user.id,
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: '2026-12-02',
      time: '09:30',
    });
    expect(rebooked.status).toBe(201);
  });

  it('past the clinic’s cut-off is 409 too_late, changes nothing, and leaves the link for "I’ll be there"', async () => {
    const { id, mail } = await confirmedVisit();
    const { token } = linksIn(mail);
    t.clock.now = STARTS_AT - 24 * HOUR + 1;
    const desk = await frontDesk();
    const before = await visitAs(desk, id);
    expect(before.body.status).toBe('confirmed');
    expect((await preview(token)).body.answers).toEqual({ attend: 'open', cancel: 'too_late' });

    const late = await answer(token, 'cancel');
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'too_late' });
    expect(late.body.detail).toContain('phone the clinic');
    expect((await visitAs(desk, id)).body).toEqual(before.body);
    expect(await historyOf(id)).toHaveLength(1);

    expect((await answer(token, 'attend')).status).toBe(200);
  });

  it('is refused for a visit the clinic cancelled meanwhile', async () => {
    const { id, mail } = await confirmedVisit();
    const { token } = linksIn(mail);
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { status: 'cancelled' });
    expect((await preview(token)).body).toMatchObject({
      status: 'cancelled',
      answers: { attend: 'closed', cancel: 'closed' },
    });
    const res = await answer(token, 'cancel');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
  });
});

describe('the messages that carry links', () => {
  it('offer only "I’ll be there" once the cut-off has passed, with the clinic’s phone', async () => {
    await client(t.app, c.owner.token).patch('/api/clinic', {
      patient_change_cutoff_hours: 48,
      phone: '+351 210 000 000',
    });
    await confirmedVisit();
    t.clock.now = STARTS_AT - 24 * HOUR;
    const reminder = await nextMailToPatient();
    expect(reminder.subject).toMatch(/^Reminder/);
    expect(linksIn(reminder).token).toBeTruthy();
    expect(reminder.text).not.toContain('I can’t come');
    expect(reminder.text).not.toContain('Choose another time');
    expect(reminder.text).toContain(
      'It is too late to cancel or move this visit online; please phone the clinic at +351 210 000 000.',
    );
  });

  it('forget the link of a message the mail server refused, and send a fresh one', async () => {
    inbox.failNext(1);
    const res = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: '2026-12-02',
      time: '09:30',
    });
    expect(res.status).toBe(201);
    // The first attempt failed and is retried a minute later.
    await expect
      .poll(
        async () =>
          (
            await t.ctx.db.kysely
              .selectFrom('notifications')
              .select('lastError')
              .where('appointmentId', '=', res.body.id)
              .where('kind', '=', 'appointment_confirmed')
              .executeTakeFirstOrThrow()
          ).lastError,
        { timeout: 15_000 },
      )
      .toContain('mailbox busy');
    const links = () => t.ctx.db.kysely.selectFrom('visitLinks').select('id').execute();
    expect(await links()).toHaveLength(0);
    t.clock.now += 61_000;
    const mail = await nextMailToPatient();
    expect((await answer(linksIn(mail).token, 'attend')).status).toBe(200);
    expect(await links()).toHaveLength(1);
  });

  it('are none in the email telling of a cancellation', async () => {
    const { id } = await confirmedVisit();
    const mail = nextMailToPatient();
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { status: 'cancelled' });
    expect((await mail).text).not.toContain('visit-answer');
  });
});

describe('a dependant’s visit', () => {
  it('is answered through the links in the email to their guardian', async () => {
    const added = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
    });
    expect(added.status).toBe(201);
    const { id, mail } = await confirmedVisit({ patient: added.body.id });
    expect(mail.to).toBe(c.patient.user.email);
    const { token } = linksIn(mail);
    expect((await preview(token)).body.patient_first_name).toBe('Leo');
    expect((await answer(token, 'attend')).status).toBe(200);
    expect((await visitAs(c.patient.token, id)).body).toMatchObject({
      patient: added.body.id,
      patient_confirmed_at: new Date(t.clock.now).toISOString(),
    });
    expect((await historyOf(id)).at(-1).actor).toBe(added.body.id);
  });
});
