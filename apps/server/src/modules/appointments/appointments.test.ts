import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter).
let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
});
afterEach(() => t.close());

const slot = (overrides: Record<string, unknown> = {}) => ({
  patient: c.patient.user.id,
  dentist: c.dentist.user.id,
  date: '2026-12-02',
  time: '09:30',
  ...overrides,
});

async function book(overrides: Record<string, unknown> = {}, token = c.staff.token) {
  const res = await client(t.app, token).post('/api/appointments', slot(overrides));
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body;
}

describe('creating appointments', () => {
  it('books a confirmed appointment for staff with the computed names', async () => {
    const res = await client(t.app, c.staff.token).post(
      '/api/appointments',
      slot({ service: c.service.id, notes: 'Sensitive left molar' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      patient: c.patient.user.id,
      patient_name: 'Ana Lima',
      patient_email: c.patient.user.email,
      dentist: c.dentist.user.id,
      dentist_name: 'Dr. Sam Reed',
      service: c.service.id,
      service_name: 'Cleaning',
      date: '2026-12-02',
      time: '09:30',
      duration_minutes: 45,
      end_time: '10:15',
      status: 'confirmed',
      notes: 'Sensitive left molar',
      created_at: '2026-11-25T10:00:00.000Z',
    });
  });

  it('lets staff book as pending but not as completed', async () => {
    expect((await book({ status: 'pending' })).status).toBe('pending');
    const res = await client(t.app, c.staff.token).post(
      '/api/appointments',
      slot({ status: 'completed', time: '14:00' }),
    );
    expect(res.status).toBe(400);
  });

  it('makes a patient’s request pending and their own, whatever the body says', async () => {
    const res = await client(t.app, c.patient.token).post(
      '/api/appointments',
      slot({ status: 'confirmed', duration_minutes: 240 }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      patient: c.patient.user.id,
      status: 'pending',
      duration_minutes: 30,
    });
  });

  it('refuses a patient’s request for someone outside their family with 403', async () => {
    const res = await client(t.app, c.patient.token).post(
      '/api/appointments',
      slot({ patient: c.otherPatient.user.id }),
    );
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/yourself/);
  });

  it('requires the patient when staff book', async () => {
    const res = await client(t.app, c.staff.token).post('/api/appointments', {
      date: '2026-12-02',
      time: '09:30',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('patient');
  });

  it('accepts HH:MM:SS and stores HH:MM', async () => {
    expect((await book({ time: '11:15:00' })).time).toBe('11:15');
  });

  it.each([
    ['date', { date: '2026-02-30' }],
    ['date', { date: '02/12/2026' }],
    ['time', { time: '25:00' }],
    ['time', { time: '9:30' }],
    ['date', { date: '2026-11-24' }],
    ['time', { date: '2026-11-25', time: '09:59' }],
    ['patient', { patient: 99999 }],
    ['dentist', { dentist: 99999 }],
    ['service', { service: 99999 }],
    ['duration_minutes', { duration_minutes: 481 }],
    ['duration_minutes', { duration_minutes: 4 }],
    ['notes', { notes: 'x'.repeat(2001) }],
    ['duration_minutes', { time: '23:45', duration_minutes: 30 }],
  ])('refuses a bad %s with a 400 naming it (case %#)', async (field, overrides) => {
    const res = await client(t.app, c.staff.token).post('/api/appointments', slot(overrides));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(field);
  });

  it('refuses a dentist who is not a dentist, and a staff member as the patient', async () => {
    expect(
      (
        await client(t.app, c.staff.token).post(
          '/api/appointments',
          slot({ dentist: c.staff.user.id }),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await client(t.app, c.staff.token).post(
          '/api/appointments',
          slot({ patient: c.staff.user.id }),
        )
      ).status,
    ).toBe(400);
  });

  it('takes the service’s duration, else 30 minutes', async () => {
    expect((await book({ service: c.service.id })).duration_minutes).toBe(45);
    expect((await book({ time: '14:00' })).duration_minutes).toBe(30);
    expect(
      (await book({ time: '16:00', service: c.service.id, duration_minutes: 90 })).duration_minutes,
    ).toBe(90);
  });

  it('accepts a time later today but not earlier today', async () => {
    expect((await book({ date: '2026-11-25', time: '10:30' })).status).toBe('confirmed');
  });
});

describe('no double booking', () => {
  it('refuses an overlapping booking of the same dentist and names the taken time', async () => {
    await book({ service: c.service.id });
    // Overriding the free times leaves the database's own rule to refuse it.
    const res = await client(t.app, c.staff.token).post(
      '/api/appointments',
      slot({ patient: c.otherPatient.user.id, time: '10:00', override_availability: true }),
    );
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('double_booking');
    expect(res.body.detail).toBe(
      'Dr. Sam Reed is already booked from 09:30 to 10:15 on 2026-12-02.',
    );
  });

  it('allows back-to-back appointments', async () => {
    await book();
    expect((await book({ patient: c.otherPatient.user.id, time: '10:00' })).time).toBe('10:00');
    expect((await book({ patient: c.otherPatient.user.id, time: '09:00' })).time).toBe('09:00');
  });

  it('refuses a patient in two places at once, even with different dentists or none', async () => {
    await book();
    const res = await client(t.app, c.staff.token).post(
      '/api/appointments',
      slot({ dentist: c.otherDentist.user.id, time: '09:45' }),
    );
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/The patient already has an appointment from 09:30 to 10:00/);
    const mine = await client(t.app, c.patient.token).post(
      '/api/appointments',
      slot({ dentist: null }),
    );
    expect(mine.status).toBe(409);
    expect(mine.body.detail).toMatch(/^You already have an appointment/);
  });

  it('tells a patient the dentist is busy without saying with whom', async () => {
    await book({ patient: c.otherPatient.user.id });
    const res = await client(t.app, c.patient.token).post('/api/appointments', slot());
    expect(res.status).toBe(409);
    expect(res.body.detail).not.toContain('Ben');
  });

  it('frees the slot when an appointment is cancelled, and refuses reinstating it once retaken', async () => {
    const first = await book();
    await client(t.app, c.staff.token).patch(`/api/appointments/${first.id}`, {
      status: 'cancelled',
    });
    await book({ patient: c.otherPatient.user.id });
    const reinstate = await client(t.app, c.staff.token).patch(`/api/appointments/${first.id}`, {
      status: 'confirmed',
    });
    expect(reinstate.status).toBe(409);
    expect(reinstate.body.code).toBe('outside_availability');
    // Overriding the free times leaves the database's own rule to refuse it.
    const forced = await client(t.app, c.staff.token).patch(`/api/appointments/${first.id}`, {
      status: 'confirmed',
      override_availability: true,
    });
    expect(forced.status).toBe(409);
    expect(forced.body.code).toBe('double_booking');
  });

  it('refuses rescheduling onto a taken slot', async () => {
    await book();
    const other = await book({ patient: c.otherPatient.user.id, time: '11:00' });
    const res = await client(t.app, c.staff.token).patch(`/api/appointments/${other.id}`, {
      time: '09:45',
    });
    expect(res.status).toBe(409);
    const unchanged = await client(t.app, c.staff.token).get(`/api/appointments/${other.id}`);
    expect(unchanged.body.time).toBe('11:00');
  });

  it('lets an appointment move within its own slot', async () => {
    const first = await book({ duration_minutes: 60 });
    const res = await client(t.app, c.staff.token).patch(`/api/appointments/${first.id}`, {
      time: '09:45',
    });
    expect(res.status).toBe(200);
  });
});

describe('the workflow', () => {
  it('moves pending → confirmed → completed on the appointment’s day', async () => {
    const appt = await book({ date: '2026-11-25', time: '15:00', status: 'pending' });
    const confirmed = await client(t.app, c.staff.token).patch(`/api/appointments/${appt.id}`, {
      status: 'confirmed',
    });
    expect(confirmed.body.status).toBe('confirmed');
    const completed = await client(t.app, c.owner.token).patch(`/api/appointments/${appt.id}`, {
      status: 'completed',
    });
    expect(completed.status).toBe(200);
    expect(completed.body.status).toBe('completed');
  });

  it('refuses completing before the day has come', async () => {
    const appt = await book();
    const res = await client(t.app, c.staff.token).patch(`/api/appointments/${appt.id}`, {
      status: 'completed',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
    expect(res.body.detail).toMatch(/before its day has come/);
  });

  it('refuses a transition the workflow does not allow and names both states', async () => {
    const appt = await book({ status: 'pending' });
    const res = await client(t.app, c.staff.token).patch(`/api/appointments/${appt.id}`, {
      status: 'no_show',
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe('Cannot change a pending appointment to no-show.');
  });

  it('keeps completed final', async () => {
    const appt = await book({ date: '2026-11-25', time: '15:00' });
    await client(t.app, c.staff.token).patch(`/api/appointments/${appt.id}`, {
      status: 'completed',
    });
    const res = await client(t.app, c.staff.token).patch(`/api/appointments/${appt.id}`, {
      status: 'cancelled',
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/final/);
  });

  it('refuses rescheduling into the past', async () => {
    const appt = await book();
    const res = await client(t.app, c.staff.token).patch(`/api/appointments/${appt.id}`, {
      date: '2026-11-20',
    });
    expect(res.status).toBe(400);
  });

  it('uses the new service’s duration when the service changes', async () => {
    const appt = await book();
    const res = await client(t.app, c.staff.token).patch(`/api/appointments/${appt.id}`, {
      service: c.service.id,
    });
    expect(res.body).toMatchObject({
      service_name: 'Cleaning',
      duration_minutes: 45,
      end_time: '10:15',
    });
  });
});

describe('who may do what', () => {
  it('shows a patient only their own appointments, whatever filter they send', async () => {
    const mine = await book();
    await book({ patient: c.otherPatient.user.id, time: '11:00' });
    const list = await client(t.app, c.patient.token).get(
      `/api/appointments?patient=${c.otherPatient.user.id}`,
    );
    expect(list.body.count).toBe(1);
    expect(list.body.results).toEqual([expect.objectContaining({ id: mine.id })]);
  });

  it('answers 404 to a patient for another patient’s appointment, everywhere', async () => {
    const theirs = await book({ patient: c.otherPatient.user.id });
    const api = client(t.app, c.patient.token);
    expect((await api.get(`/api/appointments/${theirs.id}`)).status).toBe(404);
    expect((await api.get(`/api/appointments/${theirs.id}/history`)).status).toBe(404);
    expect((await api.patch(`/api/appointments/${theirs.id}`, { notes: 'x' })).status).toBe(404);
    expect((await api.delete(`/api/appointments/${theirs.id}`)).status).toBe(404);
  });

  it('answers 403 to a patient changing the clinic’s fields of, or deleting, their own appointment', async () => {
    const mine = await book();
    const api = client(t.app, c.patient.token);
    expect((await api.get(`/api/appointments/${mine.id}`)).status).toBe(200);
    expect((await api.get(`/api/appointments/${mine.id}/history`)).status).toBe(200);
    expect((await api.patch(`/api/appointments/${mine.id}`, { notes: 'x' })).status).toBe(403);
    expect((await api.delete(`/api/appointments/${mine.id}`)).status).toBe(403);
  });

  it('lets owner and staff see, change and delete any appointment', async () => {
    const appt = await book({ patient: c.otherPatient.user.id });
    for (const token of [c.owner.token, c.staff.token, c.dentist.token]) {
      expect((await client(t.app, token).get(`/api/appointments/${appt.id}`)).status).toBe(200);
      expect((await client(t.app, token).get('/api/appointments')).body.count).toBe(1);
    }
    expect(
      (
        await client(t.app, c.dentist.token).patch(`/api/appointments/${appt.id}`, {
          notes: 'x-ray',
        })
      ).status,
    ).toBe(200);
    expect((await client(t.app, c.owner.token).delete(`/api/appointments/${appt.id}`)).status).toBe(
      204,
    );
    expect((await client(t.app, c.owner.token).get(`/api/appointments/${appt.id}`)).status).toBe(
      404,
    );
  });

  it('answers 401 when nobody is signed in', async () => {
    const anonymous = client(t.app);
    expect((await anonymous.get('/api/appointments')).status).toBe(401);
    expect((await anonymous.post('/api/appointments', slot())).status).toBe(401);
    expect((await anonymous.get('/api/appointments/1')).status).toBe(401);
    expect((await anonymous.patch('/api/appointments/1', {})).status).toBe(401);
    expect((await anonymous.delete('/api/appointments/1')).status).toBe(401);
    expect((await anonymous.get('/api/appointments/1/history')).status).toBe(401);
  });
});

describe('history', () => {
  it('records who changed what, before and after, and outlives deletion', async () => {
    const appt = await book();
    t.clock.now += 60_000;
    await client(t.app, c.staff.token).patch(`/api/appointments/${appt.id}`, {
      time: '11:00',
      notes: 'Moved by phone',
    });
    t.clock.now += 60_000;
    await client(t.app, c.owner.token).delete(`/api/appointments/${appt.id}`);
    const res = await client(t.app, c.owner.token).get(`/api/appointments/${appt.id}/history`);
    expect(res.status).toBe(200);
    expect(res.body.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'updated',
      'deleted',
    ]);
    expect(res.body[0]).toMatchObject({
      actor: c.staff.user.id,
      actor_name: 'Maria Costa',
      at: '2026-11-25T10:00:00.000Z',
    });
    expect(res.body[0]?.changes).toMatchObject({
      status: [null, 'confirmed'],
      time: [null, '09:30'],
    });
    expect(res.body[1]).toMatchObject({
      actor_name: 'Maria Costa',
      at: '2026-11-25T10:01:00.000Z',
      changes: { time: ['09:30', '11:00'], notes: ['', 'Moved by phone'] },
    });
    expect(Object.keys(res.body[1]?.changes as object).sort()).toEqual(['notes', 'time']);
    expect(res.body[2]).toMatchObject({
      actor_name: 'Olivia Owner',
      changes: { status: ['confirmed', null] },
    });
    // The patient still sees the history of their own deleted appointment.
    expect(
      (await client(t.app, c.patient.token).get(`/api/appointments/${appt.id}/history`)).status,
    ).toBe(200);
    expect(
      (await client(t.app, c.otherPatient.token).get(`/api/appointments/${appt.id}/history`))
        .status,
    ).toBe(404);
  });

  it('writes no history for a change that changes nothing', async () => {
    const appt = await book();
    await client(t.app, c.staff.token).patch(`/api/appointments/${appt.id}`, { time: '09:30' });
    const res = await client(t.app, c.staff.token).get(`/api/appointments/${appt.id}/history`);
    expect(res.body).toHaveLength(1);
  });

  it('cannot be rewritten or erased, even by direct SQL', async () => {
    const appt = await book();
    const db = t.ctx.db.kysely;
    await expect(
      sql`update appointment_history set changes = '{}' where appointment_id = ${appt.id}`.execute(
        db,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`delete from appointment_history where appointment_id = ${appt.id}`.execute(db),
    ).rejects.toThrow(/append-only/);
  });

  it('answers 404 for an appointment that never existed', async () => {
    expect(
      (await client(t.app, c.owner.token).get('/api/appointments/424242/history')).status,
    ).toBe(404);
  });
});

describe('listing', () => {
  it('refuses dates outside the span the clinic handles, in filters and bookings alike', async () => {
    const api = client(t.app, c.staff.token);
    const list = await api.get('/api/appointments?date_from=9999-12-31');
    expect(list.status).toBe(400);
    expect(list.body.errors.date_from).toContain('2099-12-31');
    const booking = await api.post('/api/appointments', {
      patient: c.patient.user.id,
      date: '9999-12-31',
      time: '09:00',
    });
    expect(booking.status).toBe(400);
    expect(booking.body.errors).toHaveProperty('date');
  });

  it('filters by status, dentist, patient, date range and patient search, in date order', async () => {
    const a = await book({ date: '2026-12-03', time: '09:00' });
    const b = await book({
      date: '2026-12-02',
      time: '15:00',
      status: 'pending',
      patient: c.otherPatient.user.id,
    });
    const d = await book({ date: '2026-12-02', time: '08:00', dentist: c.otherDentist.user.id });
    const api = client(t.app, c.staff.token);
    const ids = async (query: string) =>
      (await api.get(`/api/appointments?${query}`)).body.results?.map((r: { id: number }) => r.id);
    expect(await ids('')).toEqual([d.id, b.id, a.id]);
    expect(await ids('status=pending')).toEqual([b.id]);
    expect(await ids('status=pending,confirmed')).toEqual([d.id, b.id, a.id]);
    expect(await ids(`dentist=${c.otherDentist.user.id}`)).toEqual([d.id]);
    expect(await ids(`patient=${c.otherPatient.user.id}`)).toEqual([b.id]);
    expect(await ids('date_from=2026-12-03')).toEqual([a.id]);
    expect(await ids('date_to=2026-12-02')).toEqual([d.id, b.id]);
    expect(await ids('search=NOVAK')).toEqual([b.id]);
    expect(await ids(`search=${encodeURIComponent(c.patient.user.email)}`)).toEqual([d.id, a.id]);
  });

  it('shows every change on the next page asked for, names of people and services included', async () => {
    const booked = await book({ service: c.service.id });
    const staff = client(t.app, c.staff.token);
    const owner = client(t.app, c.owner.token);
    const first = async () => (await staff.get('/api/appointments')).body.results[0];
    expect((await first()).service_name).toBe('Cleaning');

    await owner.patch(`/api/services/${c.service.id}`, { name: 'Hygiene visit' });
    await owner.patch(`/api/users/${c.dentist.user.id}`, { name: 'Dr. Sam Reed-Okafor' });
    await staff.patch(`/api/appointments/${booked.id}`, { notes: 'Sensitive left molar' });
    expect(await first()).toMatchObject({
      service_name: 'Hygiene visit',
      dentist_name: 'Dr. Sam Reed-Okafor',
      notes: 'Sensitive left molar',
    });
    // A patient's own list is kept apart from the team's, and follows changes the same way.
    const mine = client(t.app, c.patient.token);
    expect((await mine.get('/api/appointments')).body.count).toBe(1);
    await staff.delete(`/api/appointments/${booked.id}`);
    expect((await mine.get('/api/appointments')).body.count).toBe(0);
    expect((await first()) ?? null).toBeNull();
  });

  it('finds the appointments no dentist is assigned to yet', async () => {
    const unassigned = await book({ dentist: null, time: '11:00' });
    await book({ time: '09:00' });
    const api = client(t.app, c.staff.token);
    const res = await api.get('/api/appointments?dentist=none');
    expect(res.body.results.map((r: { id: number }) => r.id)).toEqual([unassigned.id]);
    expect(res.body.count).toBe(1);
    expect((await api.get('/api/appointments?dentist=nobody')).status).toBe(400);
  });

  it('pages with count, next and previous', async () => {
    for (const time of ['09:00', '10:00', '11:00']) await book({ time });
    const res = await client(t.app, c.staff.token).get('/api/appointments?page_size=2&page=2');
    expect(res.body).toMatchObject({ count: 3, next: null });
    expect(res.body.results).toHaveLength(1);
    expect(res.body.previous).toEqual(expect.stringContaining('page=1'));
  });

  it('keeps counts right as the book changes', async () => {
    const api = client(t.app, c.staff.token);
    const count = async (query = '') => (await api.get(`/api/appointments?${query}`)).body.count;
    const first = await book();
    expect(await count()).toBe(1);
    expect(await count('status=pending')).toBe(0);
    await book({ time: '11:00' });
    expect(await count()).toBe(2);
    await api.patch(`/api/appointments/${first.id}`, { status: 'pending' });
    expect(await count('status=pending')).toBe(1);
    await api.delete(`/api/appointments/${first.id}`);
    expect(await count()).toBe(1);
    expect(await count('status=pending')).toBe(0);
  });

  it('keeps search totals right when a patient is renamed', async () => {
    await book();
    const api = client(t.app, c.staff.token);
    expect((await api.get('/api/appointments?search=zzqq')).body.count).toBe(0);
    await api.patch(`/api/users/${c.patient.user.id}`, { name: 'Ana Zzqq' });
    const renamed = await api.get('/api/appointments?search=zzqq');
    expect(renamed.body.count).toBe(1);
    expect(renamed.body.results).toHaveLength(1);
  });

  it('refuses an unknown status filter', async () => {
    const res = await client(t.app, c.staff.token).get('/api/appointments?status=maybe');
    expect(res.status).toBe(400);
  });
});

describe('services in use', () => {
  it('refuses deleting a service that appointments name', async () => {
    await book({ service: c.service.id });
    const res = await client(t.app, c.owner.token).delete(`/api/services/${c.service.id}`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('in_use');
  });
});
