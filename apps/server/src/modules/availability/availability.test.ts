import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic, createService, setUpOwner } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

/*
 * The test clock reads Wednesday 2026-11-25, 10:00 in Lisbon (UTC+0 in winter). The clinic
 * opens Monday to Friday, 08:00–18:00; patients book 120 minutes ahead at the earliest and at
 * most 90 days ahead; free times are offered every 15 minutes.
 */
let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
});
afterEach(() => t.close());

const MONDAY = '2026-11-30';
type Day = { date: string; slots: { time: string; end_time: string; dentists: number[] }[] };

async function availability(token: string, query: string) {
  const res = await client(t.app, token).get(`/api/availability?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { service: number; duration_minutes: number; days: Day[] };
}

const times = (day: Day | undefined) => day?.slots.map((s) => s.time) ?? [];

async function book(body: Record<string, unknown>) {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: c.patient.user.id,
    dentist: c.dentist.user.id,
    date: MONDAY,
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number };
}

describe('GET /api/availability', () => {
  it('lists every day of the range, with the service’s fit on the clinic’s grid', async () => {
    const answer = await availability(
      c.staff.token,
      `service=${c.service.id}&date_from=2026-11-28&date_to=${MONDAY}`,
    );
    expect(answer).toMatchObject({ service: c.service.id, duration_minutes: 45 });
    expect(answer.days.map((d) => d.date)).toEqual(['2026-11-28', '2026-11-29', MONDAY]);
    expect(answer.days[0]?.slots).toEqual([]);
    const monday = answer.days[2];
    expect(times(monday)[0]).toBe('08:00');
    expect(times(monday).at(-1)).toBe('17:15');
    expect(monday?.slots[0]).toEqual({
      time: '08:00',
      end_time: '08:45',
      dentists: [c.dentist.user.id, c.otherDentist.user.id],
    });
  });

  it('refuses a range longer than 62 days, one that ends before it starts, and a bad service', async () => {
    const api = client(t.app, c.patient.token);
    const long = await api.get(
      `/api/availability?service=${c.service.id}&date_from=2026-12-01&date_to=2027-02-01`,
    );
    expect(long.status).toBe(400);
    const sixtyTwo = await api.get(
      `/api/availability?service=${c.service.id}&date_from=2026-12-01&date_to=2027-01-31`,
    );
    expect(sixtyTwo.status).toBe(200);
    const backwards = await api.get(
      `/api/availability?service=${c.service.id}&date_from=2026-12-02&date_to=2026-12-01`,
    );
    expect(backwards.status).toBe(400);
    const unknown = await api.get(
      '/api/availability?service=999&date_from=2026-12-01&date_to=2026-12-01',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toHaveProperty('service');
    const anonymous = await client(t.app).get(
      `/api/availability?service=${c.service.id}&date_from=2026-12-01&date_to=2026-12-01`,
    );
    expect(anonymous.status).toBe(401);
  });

  it('orders a slot’s dentists by the day’s load, and leaves out who is busy', async () => {
    await book({ time: '08:00' });
    const answer = await availability(
      c.staff.token,
      `service=${c.service.id}&dentist=any&date_from=${MONDAY}&date_to=${MONDAY}`,
    );
    const slot = (time: string) => answer.days[0]?.slots.find((s) => s.time === time);
    expect(slot('08:00')?.dentists).toEqual([c.otherDentist.user.id]);
    // The busier dentist comes second all day, even where both are free.
    expect(slot('09:00')?.dentists).toEqual([c.otherDentist.user.id, c.dentist.user.id]);
    const onlyHim = await availability(
      c.staff.token,
      `service=${c.service.id}&dentist=${c.dentist.user.id}&date_from=${MONDAY}&date_to=${MONDAY}`,
    );
    // His 30-minute visit at 08:00 leaves room from 08:30 on.
    expect(times(onlyHim.days[0])).not.toContain('08:00');
    expect(times(onlyHim.days[0])).not.toContain('08:15');
    expect(times(onlyHim.days[0])).toContain('08:30');
  });

  it('keeps each visit’s buffer free, the booked one’s and the offered one’s', async () => {
    const owner = client(t.app, c.owner.token);
    await owner.patch(`/api/services/${c.service.id}`, { buffer_after_minutes: 15 });
    await book({ time: '10:00', service: c.service.id });
    const answer = await availability(
      c.staff.token,
      `service=${c.service.id}&dentist=${c.dentist.user.id}&date_from=${MONDAY}&date_to=${MONDAY}`,
    );
    const offered = times(answer.days[0]);
    // 45 minutes and 15 of cleaning fit before 10:00 from 09:00 on, not after.
    expect(offered).toContain('09:00');
    expect(offered).not.toContain('09:15');
    // The booked visit keeps the chair until 11:00.
    expect(offered).not.toContain('10:45');
    expect(offered).toContain('11:00');
  });

  it('answers the same question anew after every change that moves free times', async () => {
    const query = `service=${c.service.id}&dentist=${c.dentist.user.id}&date_from=${MONDAY}&date_to=${MONDAY}`;
    const offered = async () => times((await availability(c.staff.token, query)).days[0]);
    expect(await offered()).toContain('10:00');
    const { id } = await book({ time: '10:00', service: c.service.id });
    expect(await offered()).not.toContain('10:00');
    const cancel = await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, {
      status: 'cancelled',
      reason: 'Patient is ill',
    });
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200);
    expect(await offered()).toContain('10:00');
    const owner = client(t.app, c.owner.token);
    await owner.post('/api/schedule-exceptions', {
      kind: 'time_off',
      dentist: c.dentist.user.id,
      date_from: MONDAY,
    });
    expect(await offered()).toEqual([]);
  });

  it('drops the times that pass while the question is asked again', async () => {
    const today = `service=${c.service.id}&dentist=${c.dentist.user.id}&date_from=2026-11-25&date_to=2026-11-25`;
    expect(times((await availability(c.staff.token, today)).days[0])[0]).toBe('10:00');
    t.clock.now += 60_000;
    expect(times((await availability(c.staff.token, today)).days[0])[0]).toBe('10:15');
  });

  it('follows working hours, time off, closures and extra hours', async () => {
    const owner = client(t.app, c.owner.token);
    const morning = [{ start: '09:00', end: '12:00' }];
    await owner.post('/api/working-hours', {
      dentist: c.dentist.user.id,
      days: { mon: morning, tue: morning, wed: morning, thu: [], fri: [], sat: [], sun: [] },
    });
    await owner.post('/api/schedule-exceptions', {
      kind: 'time_off',
      dentist: c.dentist.user.id,
      date_from: '2026-12-01',
      start_time: '09:00',
      end_time: '10:00',
    });
    await owner.post('/api/schedule-exceptions', { kind: 'closure', date_from: '2026-12-02' });
    await owner.post('/api/schedule-exceptions', {
      kind: 'extra_hours',
      dentist: c.dentist.user.id,
      date_from: '2026-12-05',
      start_time: '10:00',
      end_time: '11:00',
    });
    const answer = await availability(
      c.staff.token,
      `service=${c.service.id}&dentist=${c.dentist.user.id}&date_from=${MONDAY}&date_to=2026-12-05`,
    );
    const [mon, tue, wed, thu, , sat] = answer.days;
    expect(times(mon)[0]).toBe('09:00');
    expect(times(mon).at(-1)).toBe('11:15');
    expect(times(tue)[0]).toBe('10:00');
    expect(times(wed)).toEqual([]);
    expect(times(thu)).toEqual([]);
    expect(times(sat)).toEqual(['10:00', '10:15']);
  });

  it('holds patients, not the team, to the notice and the horizon', async () => {
    const today = '2026-11-25';
    const query = `service=${c.service.id}&date_from=${today}&date_to=${today}`;
    expect(times((await availability(c.staff.token, query)).days[0])[0]).toBe('10:00');
    expect(times((await availability(c.patient.token, query)).days[0])[0]).toBe('12:00');
    // Day 90 from today is bookable, day 91 is not (both are Tuesdays and Wednesdays).
    const edge = `service=${c.service.id}&date_from=2027-02-23&date_to=2027-02-24`;
    const patient = await availability(c.patient.token, edge);
    expect(patient.days[0]?.slots.length).toBeGreaterThan(0);
    expect(patient.days[1]?.slots).toEqual([]);
    const staff = await availability(c.staff.token, edge);
    expect(staff.days[1]?.slots.length).toBeGreaterThan(0);
  });

  it('frees an appointment’s own time for the team moving it, never for a patient', async () => {
    const { id } = await book({ time: '09:00', patient: c.otherPatient.user.id });
    const query = `service=${c.service.id}&dentist=${c.dentist.user.id}&date_from=${MONDAY}&date_to=${MONDAY}&exclude_appointment=${id}`;
    expect(times((await availability(c.staff.token, query)).days[0])).toContain('09:00');
    const patient = await availability(c.patient.token, query);
    expect(times(patient.days[0])).not.toContain('09:00');
    // A patient learns that the time is taken, never by whom.
    expect(JSON.stringify(patient)).not.toContain('Ben Novak');
  });

  it('offers only the dentists who perform the service', async () => {
    await client(t.app, c.owner.token).patch(`/api/services/${c.service.id}`, {
      dentists: [c.otherDentist.user.id],
    });
    const answer = await availability(
      c.patient.token,
      `service=${c.service.id}&date_from=${MONDAY}&date_to=${MONDAY}`,
    );
    expect(answer.days[0]?.slots[0]?.dentists).toEqual([c.otherDentist.user.id]);
    const him = await client(t.app, c.patient.token).get(
      `/api/availability?service=${c.service.id}&dentist=${c.dentist.user.id}&date_from=${MONDAY}&date_to=${MONDAY}`,
    );
    expect(him.status).toBe(400);
    expect(him.body.errors).toHaveProperty('dentist');
  });

  it('offers the clinic’s open time, with no one named, when no dentist performs the service', async () => {
    const other = await createTestApp();
    try {
      const owner = await setUpOwner(other.app);
      const service = await createService(other.app, owner.token, { durationMinutes: 30 });
      const res = await client(other.app, owner.token).get(
        `/api/availability?service=${service.id}&date_from=${MONDAY}&date_to=${MONDAY}`,
      );
      expect(res.body.days[0].slots[0]).toEqual({ time: '08:00', end_time: '08:30', dentists: [] });
      expect(res.body.days[0].slots.at(-1).time).toBe('17:30');
    } finally {
      await other.close();
    }
  });
});

describe('GET /api/availability/next', () => {
  it('finds the first free time from a day on, past a fully closed stretch', async () => {
    await client(t.app, c.owner.token).post('/api/schedule-exceptions', {
      kind: 'closure',
      date_from: MONDAY,
      date_to: '2027-02-10',
    });
    const staff = await client(t.app, c.staff.token).get(
      `/api/availability/next?service=${c.service.id}&date_from=${MONDAY}`,
    );
    expect(staff.status).toBe(200);
    expect(staff.body.slot).toEqual({
      date: '2027-02-11',
      time: '08:00',
      end_time: '08:45',
      dentists: [c.dentist.user.id, c.otherDentist.user.id],
    });
    await client(t.app, c.owner.token).patch('/api/clinic', { booking_horizon_days: 30 });
    const patient = await client(t.app, c.patient.token).get(
      `/api/availability/next?service=${c.service.id}&date_from=${MONDAY}`,
    );
    expect(patient.body).toEqual({ slot: null });
  });
});

describe('GET /api/working-days', () => {
  it('gives each day’s open time and each dentist’s hours after exceptions', async () => {
    const owner = client(t.app, c.owner.token);
    const late = [{ start: '12:00', end: '20:00' }];
    await owner.post('/api/working-hours', {
      dentist: c.dentist.user.id,
      days: { mon: late, tue: late, wed: late, thu: late, fri: late, sat: late, sun: [] },
    });
    await owner.post('/api/schedule-exceptions', {
      kind: 'time_off',
      dentist: c.otherDentist.user.id,
      date_from: MONDAY,
      start_time: '08:00',
      end_time: '13:00',
    });
    const res = await client(t.app, c.staff.token).get(
      `/api/working-days?date_from=${MONDAY}&date_to=2026-12-05`,
    );
    expect(res.status).toBe(200);
    const [mon, , , , , sat] = res.body.days;
    expect(mon).toEqual({
      date: MONDAY,
      open: [{ start: '08:00', end: '18:00' }],
      dentists: [
        { dentist: c.dentist.user.id, hours: [{ start: '12:00', end: '18:00' }] },
        { dentist: c.otherDentist.user.id, hours: [{ start: '13:00', end: '18:00' }] },
      ],
    });
    expect(sat.open).toEqual([]);
    expect(sat.dentists[0].hours).toEqual([]);
    const one = await client(t.app, c.staff.token).get(
      `/api/working-days?date_from=${MONDAY}&date_to=${MONDAY}&dentist=${c.otherDentist.user.id}`,
    );
    expect(one.body.days[0].dentists).toHaveLength(1);
    expect(
      (
        await client(t.app, c.patient.token).get(
          `/api/working-days?date_from=${MONDAY}&date_to=${MONDAY}`,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await client(t.app, c.staff.token).get(
          '/api/working-days?date_from=2026-12-01&date_to=2027-02-01',
        )
      ).status,
    ).toBe(400);
  });
});
