import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD } from '../../test/factories.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads Wednesday 2026-11-25, 10:00 in Lisbon; dentists work 08:00–18:00 on
// weekdays (the opening hours). With a mail server, cancellations are queued for patients.
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
afterEach(() => inbox.close());
const { t, c } = clinicPerTest(() => ({ smtpUrl: inbox.url, mailFrom: 'desk@bright.example' }));
const MONDAY = '2026-11-30';

async function book(
  time: string,
  options: { date?: string; dentist?: number; patient?: number; override?: boolean } = {},
) {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: options.patient ?? c.patient.user.id,
    dentist: options.dentist ?? c.dentist.user.id,
    service: c.service.id,
    date: options.date ?? MONDAY,
    time,
    status: 'confirmed',
    override_availability: options.override ?? false,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; version: number };
}

const visitsOf = (id: number) => `/api/users/${id}/future-visits`;

describe('a dentist’s coming visits', () => {
  it('counts the visits that hold a slot and have not begun, earliest first', async () => {
    const today = await book('11:00', { date: '2026-11-25' });
    const later = await book('15:00');
    const earlier = await book('09:00');
    const cancelled = await book('12:00');
    await client(t.app, c.staff.token).patch(`/api/appointments/${cancelled.id}`, {
      status: 'cancelled',
    });
    await book('09:00', { dentist: c.otherDentist.user.id, patient: c.otherPatient.user.id });
    // The visit of this morning has begun by now: it is no longer the dentist's to hand over.
    t.clock.now = Date.parse('2026-11-25T11:10:00.000Z');
    const signIn = await client(t.app).post('/api/auth/login', {
      email: c.staff.user.email,
      password: GOOD_PASSWORD,
    });

    const res = await client(t.app, signIn.body.token).get(visitsOf(c.dentist.user.id));
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.results.map((each: { id: number }) => each.id)).toEqual([earlier.id, later.id]);
    expect(res.body.results).not.toContainEqual(expect.objectContaining({ id: today.id }));
  });

  it('is the team’s to read, and only of a dentist', async () => {
    expect((await client(t.app, c.patient.token).get(visitsOf(c.dentist.user.id))).status).toBe(
      403,
    );
    expect((await client(t.app, c.owner.token).get(visitsOf(c.patient.user.id))).status).toBe(404);
    expect((await client(t.app, c.owner.token).get(visitsOf(c.staff.user.id))).status).toBe(404);
  });
});

describe('handing a dentist’s visits over', () => {
  it('moves each visit the other dentist is free for, and reports the rest with the reason', async () => {
    // Free time counts the other dentist's visits, so a clash is refused as not free.
    const free = await book('09:00');
    const clash = await book('10:00');
    const evening = await book('19:00', { override: true });
    await book('10:00', { dentist: c.otherDentist.user.id, patient: c.otherPatient.user.id });
    await client(t.app, c.owner.token).patch(`/api/users/${c.dentist.user.id}`, {
      is_active: false,
    });

    const res = await client(t.app, c.owner.token).post(visitsOf(c.dentist.user.id), {
      action: 'reassign',
      to: c.otherDentist.user.id,
    });
    expect(res.status).toBe(200);
    expect(res.body.action).toBe('reassign');
    expect(res.body.done).toEqual([
      { id: free.id, patient_name: 'Ana Lima', date: MONDAY, time: '09:00' },
    ]);
    expect(res.body.failed).toEqual([
      expect.objectContaining({
        id: clash.id,
        time: '10:00',
        code: 'outside_availability',
        detail: expect.stringContaining('That time is not free.'),
      }),
      expect.objectContaining({ id: evening.id, time: '19:00', code: 'outside_availability' }),
    ]);

    const moved = await client(t.app, c.owner.token).get(`/api/appointments/${free.id}`);
    expect(moved.body).toMatchObject({ dentist: c.otherDentist.user.id, status: 'confirmed' });
    const stayed = await client(t.app, c.owner.token).get(`/api/appointments/${clash.id}`);
    expect(stayed.body).toMatchObject({ dentist: c.dentist.user.id, version: clash.version });
    const history = await client(t.app, c.owner.token).get(`/api/appointments/${free.id}/history`);
    expect(history.body.at(-1)).toMatchObject({
      actor: c.owner.user.id,
      changes: { dentist: [c.dentist.user.id, c.otherDentist.user.id] },
    });
  });

  it('cancels every visit with the reason, in each history, and tells each patient', async () => {
    const first = await book('09:00');
    const second = await book('11:00', { patient: c.otherPatient.user.id });
    const res = await client(t.app, c.owner.token).post(visitsOf(c.dentist.user.id), {
      action: 'cancel',
      reason: 'Dr. Reed has left the clinic.',
    });
    expect(res.status).toBe(200);
    expect(res.body.done.map((each: { id: number }) => each.id)).toEqual([first.id, second.id]);
    expect(res.body.failed).toEqual([]);
    for (const visit of [first, second]) {
      const history = await client(t.app, c.owner.token).get(
        `/api/appointments/${visit.id}/history`,
      );
      expect(history.body.at(-1)).toMatchObject({
        changes: { status: ['confirmed', 'cancelled'] },
        reason: 'Dr. Reed has left the clinic.',
      });
    }
    const notices = await t.ctx.db.kysely
      .selectFrom('notifications')
      .select(['appointmentId', 'recipientId'])
      .where('kind', '=', 'appointment_cancelled')
      .orderBy('appointmentId')
      .execute();
    expect(notices).toEqual([
      { appointmentId: first.id, recipientId: c.patient.user.id },
      { appointmentId: second.id, recipientId: c.otherPatient.user.id },
    ]);
    const left = await client(t.app, c.owner.token).get(visitsOf(c.dentist.user.id));
    expect(left.body.count).toBe(0);
  });

  it('refuses bad requests with a field message and changes nothing', async () => {
    const visit = await book('09:00');
    const owner = client(t.app, c.owner.token);
    const toSelf = await owner.post(visitsOf(c.dentist.user.id), {
      action: 'reassign',
      to: c.dentist.user.id,
    });
    expect(toSelf.status).toBe(400);
    expect(toSelf.body.errors).toHaveProperty('to');
    const toReceptionist = await owner.post(visitsOf(c.dentist.user.id), {
      action: 'reassign',
      to: c.staff.user.id,
    });
    expect(toReceptionist.status).toBe(400);
    const noReason = await owner.post(visitsOf(c.dentist.user.id), {
      action: 'cancel',
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toHaveProperty('reason');
    const unknown = await owner.post(visitsOf(c.dentist.user.id), { action: 'delete' });
    expect(unknown.status).toBe(400);
    const byStaff = await client(t.app, c.staff.token).post(visitsOf(c.dentist.user.id), {
      action: 'cancel',
      reason: 'Gone',
    });
    expect(byStaff.status).toBe(403);
    const unchanged = await owner.get(`/api/appointments/${visit.id}`);
    expect(unchanged.body).toMatchObject({ status: 'confirmed', version: visit.version });
  });
});
