import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic, GOOD_PASSWORD } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter)
// and open 08:00–18:00 on weekdays.
let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
});
afterEach(() => t.close());

async function book(time: string, dentist: number | null, patient = c.patient.user.id) {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient,
    dentist,
    date: '2026-11-26',
    time,
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body as { id: number };
}

/** The next evening, when the day's visits have happened: the owner signs in again. */
async function ownerTheNextEvening() {
  t.clock.now = Date.parse('2026-11-26T20:00:00.000Z');
  const login = await client(t.app).post('/api/auth/login', {
    email: c.owner.user.email,
    password: GOOD_PASSWORD,
  });
  return client(t.app, login.body.token as string);
}

describe('the appointment report', () => {
  it('measures each dentist’s outcomes, booked time and rates over clinic days', async () => {
    const done = await book('09:00', c.dentist.user.id);
    const missed = await book('10:00', c.dentist.user.id);
    const called = await book('11:00', c.dentist.user.id);
    await book('09:00', c.otherDentist.user.id, c.otherPatient.user.id);
    const owner = await ownerTheNextEvening();
    await owner.patch(`/api/appointments/${done.id}`, { status: 'completed' });
    await owner.patch(`/api/appointments/${missed.id}`, { status: 'no_show' });
    await owner.patch(`/api/appointments/${called.id}`, { status: 'cancelled' });

    const res = await owner.get(
      '/api/reports/appointments?date_from=2026-11-23&date_to=2026-11-29',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      date_from: '2026-11-23',
      date_to: '2026-11-29',
      open_minutes: 3000,
    });
    const [priya, sam] = res.body.dentists; // by name: Dr. Priya Natarajan, Dr. Sam Reed
    expect(sam).toEqual({
      dentist: c.dentist.user.id,
      dentist_name: 'Dr. Sam Reed',
      appointments: 3,
      pending: 0,
      confirmed: 0,
      arrived: 0,
      in_chair: 0,
      completed: 1,
      cancelled: 1,
      no_show: 1,
      booked_minutes: 60,
      utilisation: 0.02,
      no_show_rate: 0.5,
      cancellation_rate: 1 / 3,
      waited_visits: 0,
      waiting_median_minutes: null,
      waiting_mean_minutes: null,
      arrived_visits: 0,
      on_time_rate: null,
    });
    expect(priya).toMatchObject({
      appointments: 1,
      confirmed: 1,
      booked_minutes: 30,
      no_show_rate: null,
    });
    expect(res.body.totals).toMatchObject({
      dentist: null,
      appointments: 4,
      booked_minutes: 90,
      utilisation: 90 / 6000,
      cancellation_rate: 0.25,
    });
  });

  it('measures the wait from arrival to the chair and the share of arrivals on time', async () => {
    const early = await book('09:00', c.dentist.user.id);
    const late = await book('10:00', c.dentist.user.id, c.otherPatient.user.id);
    const waiting = await book('11:00', c.otherDentist.user.id);
    const desk = async (time: string) => {
      t.clock.now = Date.parse(`2026-11-26T${time}:00.000Z`);
      const login = await client(t.app).post('/api/auth/login', {
        email: c.staff.user.email,
        password: GOOD_PASSWORD,
      });
      return client(t.app, login.body.token as string);
    };
    const step = async (time: string, id: number, status: string) => {
      const res = await (await desk(time)).patch(`/api/appointments/${id}`, { status });
      expect(res.status, `${time} ${status}`).toBe(200);
    };
    await step('08:55', early.id, 'arrived');
    await step('09:07', early.id, 'in_chair');
    await step('09:40', early.id, 'completed');
    await step('10:12', late.id, 'arrived');
    await step('10:15', late.id, 'in_chair');
    await step('10:50', waiting.id, 'arrived');

    const owner = await ownerTheNextEvening();
    const res = await owner.get(
      '/api/reports/appointments?date_from=2026-11-26&date_to=2026-11-26',
    );
    const [priya, sam] = res.body.dentists;
    expect(sam).toMatchObject({
      completed: 1,
      in_chair: 1,
      waited_visits: 2,
      waiting_median_minutes: 7.5,
      waiting_mean_minutes: 7.5,
      arrived_visits: 2,
      on_time_rate: 0.5,
    });
    expect(priya).toMatchObject({
      arrived: 1,
      waited_visits: 0,
      waiting_median_minutes: null,
      arrived_visits: 1,
      on_time_rate: 1,
    });
    expect(res.body.totals).toMatchObject({
      waited_visits: 2,
      waiting_median_minutes: 7.5,
      arrived_visits: 3,
      on_time_rate: 2 / 3,
    });
  });

  it('lists appointments without a dentist on their own line, outside utilisation', async () => {
    await book('15:00', null);
    const res = await client(t.app, c.owner.token).get(
      '/api/reports/appointments?date_from=2026-11-26&date_to=2026-11-26',
    );
    const unassigned = res.body.dentists.at(-1);
    expect(unassigned).toMatchObject({ dentist: null, appointments: 1, utilisation: null });
    expect(res.body.totals.utilisation).toBe(0);
  });

  it('covers the last four weeks by default', async () => {
    const res = await client(t.app, c.owner.token).get('/api/reports/appointments');
    expect(res.body).toMatchObject({ date_from: '2026-10-29', date_to: '2026-11-25' });
  });

  it('refuses a period that ends before it starts or spans more than a year', async () => {
    const owner = client(t.app, c.owner.token);
    for (const query of [
      '?date_from=2026-11-25&date_to=2026-11-01',
      '?date_from=2025-01-01&date_to=2026-11-25',
      '?date_from=2026-02-30',
    ]) {
      const res = await owner.get(`/api/reports/appointments${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.errors?.date_from, query).toBeTruthy();
    }
  });

  it('refuses days outside the years the clinic works in, instead of counting towards them', async () => {
    const owner = client(t.app, c.owner.token);
    for (const query of [
      '?date_from=9999-12-31&date_to=9999-12-31',
      '?date_from=1999-12-31&date_to=2000-01-01',
      '?date_to=2100-01-01',
    ]) {
      const res = await owner.get(`/api/reports/appointments${query}`);
      expect(res.status, query).toBe(400);
      expect(Object.values(res.body.errors).join(' '), query).toMatch(/2000-01-01 to 2099-12-31/);
    }
    // The server still answers: nothing was left spinning.
    expect((await owner.get('/api/reports/appointments')).status).toBe(200);
  });

  it('says how long a report may be', async () => {
    const res = await client(t.app, c.owner.token).get(
      '/api/reports/appointments?date_from=2026-01-01&date_to=2027-01-02',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.date_from).toBe('A report covers at most 366 days.');
  });

  it('is the owner’s alone', async () => {
    expect((await client(t.app, c.staff.token).get('/api/reports/appointments')).status).toBe(403);
    expect((await client(t.app, c.patient.token).get('/api/reports/appointments')).status).toBe(
      403,
    );
  });
});
