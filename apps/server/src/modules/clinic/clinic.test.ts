import { afterEach, describe, expect, it } from 'vitest';
import {
  createClinic,
  createStaff,
  GOOD_PASSWORD,
  registerPatient,
  setUpOwner,
  uniqueEmail,
} from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';
import { rederiveAppointmentInstants } from '../appointments/index.ts';
import { getClinic } from './clinic.service.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const setupBody = () => ({
  clinic_name: 'Bright Smile Dental',
  timezone: 'America/New_York',
  name: 'Olivia Owner',
  email: uniqueEmail('owner'),
  password: GOOD_PASSWORD,
});

describe('first-run setup', () => {
  it('creates the clinic and its owner once, then refuses', async () => {
    t = await createTestApp();
    expect((await client(t.app).get('/api/setup')).body).toEqual({ needs_setup: true });
    const first = await client(t.app).post('/api/setup', setupBody());
    expect(first.status).toBe(201);
    expect(first.body.user).toMatchObject({ role: 'owner' });
    expect(String(first.headers['set-cookie'])).toMatch(/clinic_session=/);
    expect((await client(t.app).get('/api/setup')).body).toEqual({ needs_setup: false });
    const clinic = await client(t.app).get('/api/clinic');
    expect(clinic.body).toMatchObject({
      name: 'Bright Smile Dental',
      timezone: 'America/New_York',
      timezone_locked: false,
    });
    const second = await client(t.app).post('/api/setup', setupBody());
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('already_set_up');
  });

  it('creates exactly one owner when ten setups race', async () => {
    t = await createTestApp();
    const app = t.app;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => client(app).post('/api/setup', setupBody())),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const owners = await t.ctx.db.kysely
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'owner')
      .execute();
    expect(owners).toHaveLength(1);
  });

  it('refuses an unknown time zone', async () => {
    t = await createTestApp();
    const res = await client(t.app).post('/api/setup', {
      ...setupBody(),
      timezone: 'Mars/Olympus',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('timezone');
  });
});

describe('clinic settings', () => {
  it('lets the owner change name, opening hours and reminder lead time', async () => {
    t = await createTestApp();
    const owner = await setUpOwner(t.app);
    const res = await client(t.app, owner.token).patch('/api/clinic', {
      name: 'Bright Smile Dental – Baixa',
      reminder_lead_hours: 48,
      opening_hours: {
        mon: { open: '09:00', close: '17:00' },
        // Seconds are accepted, as for appointment times, and kept as HH:MM.
        tue: { open: '08:30:00', close: '12:00:00' },
        wed: null,
        thu: null,
        fri: null,
        sat: null,
        sun: null,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Bright Smile Dental – Baixa',
      reminder_lead_hours: 48,
    });
    expect((await client(t.app).get('/api/clinic')).body.opening_hours).toMatchObject({
      mon: { open: '09:00', close: '17:00' },
      tue: { open: '08:30', close: '12:00' },
      wed: null,
    });
  });

  it('refuses a day that closes before it opens, naming the day', async () => {
    t = await createTestApp();
    const owner = await setUpOwner(t.app);
    const res = await client(t.app, owner.token).patch('/api/clinic', {
      opening_hours: {
        mon: { open: '18:00', close: '09:00' },
        tue: null,
        wed: null,
        thu: null,
        fri: null,
        sat: null,
        sun: null,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('opening_hours.mon');
  });

  it('holds how many requests one patient may have open: 3 until the owner sets 1–50', async () => {
    t = await createTestApp();
    const owner = await setUpOwner(t.app);
    expect((await client(t.app).get('/api/clinic')).body.max_open_requests).toBe(3);
    expect((await getClinic(t.ctx)).maxOpenRequests).toBe(3);
    const res = await client(t.app, owner.token).patch('/api/clinic', { max_open_requests: 5 });
    expect(res.status).toBe(200);
    expect(res.body.max_open_requests).toBe(5);
    expect((await getClinic(t.ctx)).maxOpenRequests).toBe(5);
    for (const refused of [0, 51, 2.5, '4', -1]) {
      const bad = await client(t.app, owner.token).patch('/api/clinic', {
        max_open_requests: refused,
      });
      expect(bad.status, String(refused)).toBe(400);
      expect(bad.body.errors, String(refused)).toHaveProperty('max_open_requests');
    }
    expect((await getClinic(t.ctx)).maxOpenRequests).toBe(5);
    const trail = await client(t.app, owner.token).get('/api/audit?subject=clinic');
    expect(trail.body.results[0].changes).toEqual({ max_open_requests: [3, 5] });
  });

  it('keeps the limit within 1–50 even against a direct write', async () => {
    t = await createTestApp();
    await setUpOwner(t.app);
    const write = (maxOpenRequests: number) =>
      t?.ctx.db.kysely.updateTable('clinic').set({ maxOpenRequests }).execute();
    await write(50);
    await expect(write(0)).rejects.toThrow();
    await expect(write(51)).rejects.toThrow();
    expect((await getClinic(t.ctx)).maxOpenRequests).toBe(50);
  });

  it('lets only the owner change settings', async () => {
    t = await createTestApp();
    const owner = await setUpOwner(t.app);
    const staff = await createStaff(t.app, owner.token);
    const patient = await registerPatient(t.app);
    for (const signedIn of [staff, patient]) {
      const res = await client(t.app, signedIn.token).patch('/api/clinic', { name: 'Mine now' });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        code: 'forbidden',
        detail: 'You are not allowed to do this.',
      });
    }
    expect((await client(t.app).patch('/api/clinic', { name: 'Mine now' })).status).toBe(401);
    expect((await getClinic(t.ctx)).name).not.toBe('Mine now');
  });

  it('lets CLINIC_TIMEZONE win over the zone chosen at setup and locks it', async () => {
    t = await createTestApp({ clinicTimeZoneOverride: 'Asia/Tokyo' });
    const owner = await setUpOwner(t.app);
    expect((await client(t.app).get('/api/clinic')).body).toMatchObject({
      timezone: 'Asia/Tokyo',
      timezone_locked: true,
    });
    const res = await client(t.app, owner.token).patch('/api/clinic', { timezone: 'Europe/Paris' });
    expect(res.status).toBe(400);
  });
});

describe('changing the clinic’s time zone', () => {
  it('keeps each appointment’s wall-clock time and moves its instant', async () => {
    t = await createTestApp();
    const owner = await setUpOwner(t.app);
    const patient = await registerPatient(t.app);
    const booked = await client(t.app, owner.token).post('/api/appointments', {
      patient: patient.user.id,
      date: '2026-12-02',
      time: '09:30',
    });
    await client(t.app, owner.token).patch('/api/clinic', { timezone: 'America/New_York' });
    const row = await t.ctx.db.kysely
      .selectFrom('appointments')
      .select(['startsAt', 'time'])
      .where('id', '=', booked.body.id)
      .executeTakeFirstOrThrow();
    expect(row.time).toBe('09:30');
    expect(new Date(row.startsAt).toISOString()).toBe('2026-12-02T14:30:00.000Z');
  });
});

describe('changing the clinic’s time zone under a full book', () => {
  /** Books for the clinic's first dentist, at night too (overriding the free times). */
  async function book(
    c: Awaited<ReturnType<typeof createClinic>>,
    fields: { patient: number; date: string; time: string; duration_minutes: number },
  ): Promise<number> {
    if (!t) throw new Error('no app');
    const res = await client(t.app, c.owner.token).post('/api/appointments', {
      dentist: c.dentist.user.id,
      status: 'confirmed',
      override_availability: true,
      ...fields,
    });
    if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
    return res.body.id as number;
  }

  const instants = async () =>
    t?.ctx.db.kysely
      .selectFrom('appointments')
      .select(['id', 'startsAt', 'endsAt'])
      .orderBy('id')
      .execute();

  it('re-times back-to-back visits whose new instants cross on the way', async () => {
    t = await createTestApp();
    const c = await createClinic(t.app);
    // 09:00–14:00 then 14:00–14:30 in Lisbon. In New York the first starts at 14:00 UTC, where
    // the second still sits until it is moved too.
    const long = await book(c, {
      patient: c.patient.user.id,
      date: '2026-12-02',
      time: '09:00',
      duration_minutes: 300,
    });
    const next = await book(c, {
      patient: c.otherPatient.user.id,
      date: '2026-12-02',
      time: '14:00',
      duration_minutes: 30,
    });
    const res = await client(t.app, c.owner.token).patch('/api/clinic', {
      timezone: 'America/New_York',
    });
    expect(res.status).toBe(200);
    expect(await instants()).toEqual([
      {
        id: long,
        startsAt: Date.parse('2026-12-02T14:00:00Z'),
        endsAt: Date.parse('2026-12-02T19:00:00Z'),
      },
      {
        id: next,
        startsAt: Date.parse('2026-12-02T19:00:00Z'),
        endsAt: Date.parse('2026-12-02T19:30:00Z'),
      },
    ]);
  });

  it('refuses a zone in which two active visits would overlap, naming them, and changes nothing', async () => {
    t = await createTestApp();
    const c = await createClinic(t.app);
    // Lisbon's clocks go back at 02:00 on 31 October 2027, New York's a week later. In Lisbon
    // 00:30 plus two hours ends at 01:30, so a visit at 02:00 follows; in New York it would not.
    const early = await book(c, {
      patient: c.patient.user.id,
      date: '2027-10-31',
      time: '00:30',
      duration_minutes: 120,
    });
    const late = await book(c, {
      patient: c.otherPatient.user.id,
      date: '2027-10-31',
      time: '02:00',
      duration_minutes: 30,
    });
    const before = await instants();
    const res = await client(t.app, c.owner.token).patch('/api/clinic', {
      timezone: 'America/New_York',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'time_zone_overlap',
      errors: { timezone: 'Two appointments would overlap in this zone.' },
    });
    expect(res.body.detail).toContain(`#${early}`);
    expect(res.body.detail).toContain(`#${late}`);
    expect(res.body.overlaps).toEqual([
      {
        calendar: 'dentist',
        appointments: [
          { id: early, date: '2027-10-31', time: '00:30', end_time: '02:30' },
          { id: late, date: '2027-10-31', time: '02:00', end_time: '02:30' },
        ],
      },
    ]);
    expect(await instants()).toEqual(before);
    expect((await client(t.app).get('/api/clinic')).body.timezone).toBe('Europe/Lisbon');
  });

  it('finds an overlap across pages of the book, a page at a time', async () => {
    t = await createTestApp();
    const c = await createClinic(t.app);
    const ids = [];
    for (const [time, duration_minutes] of [
      ['22:00', 30],
      ['23:00', 30],
      ['00:30', 120],
      ['02:00', 30],
    ] as const) {
      const date = time < '12:00' ? '2027-10-31' : '2027-10-30';
      ids.push(await book(c, { patient: c.patient.user.id, date, time, duration_minutes }));
    }
    const problem = await t.ctx.db
      .transact((trx) => rederiveAppointmentInstants(trx, 'America/New_York', { pageSize: 1 }))
      .catch((error: unknown) => error);
    expect(problem).toMatchObject({ code: 'time_zone_overlap' });
    const overlaps = (
      problem as {
        extensions: { overlaps: { calendar: string; appointments: { id: number }[] }[] };
      }
    ).extensions.overlaps;
    expect(overlaps.map((o) => [o.calendar, o.appointments.map((a) => a.id)])).toEqual([
      ['dentist', [ids[2], ids[3]]],
      ['patient', [ids[2], ids[3]]],
    ]);
  });

  it('lets a cancelled visit overlap in the new zone', async () => {
    t = await createTestApp();
    const c = await createClinic(t.app);
    const early = await book(c, {
      patient: c.patient.user.id,
      date: '2027-10-31',
      time: '00:30',
      duration_minutes: 120,
    });
    await book(c, {
      patient: c.otherPatient.user.id,
      date: '2027-10-31',
      time: '02:00',
      duration_minutes: 30,
    });
    await client(t.app, c.owner.token).patch(`/api/appointments/${early}`, {
      status: 'cancelled',
    });
    const res = await client(t.app, c.owner.token).patch('/api/clinic', {
      timezone: 'America/New_York',
    });
    expect(res.status).toBe(200);
  });
});

describe('owner from the environment', () => {
  it('creates the owner on start when OWNER_EMAIL and OWNER_PASSWORD are set', async () => {
    const { ensureOwnerFromConfig } = await import('./clinic.service.ts');
    t = await createTestApp();
    const ctx = {
      ...t.ctx,
      config: {
        ...t.ctx.config,
        owner: { email: 'Boss@Example.com', password: GOOD_PASSWORD, name: 'Boss' },
      },
    };
    const created = await ensureOwnerFromConfig(ctx);
    expect(created).toMatchObject({ email: 'boss@example.com', role: 'owner' });
    expect(await ensureOwnerFromConfig(ctx)).toBeUndefined();
    const login = await client(t.app).post('/api/auth/login', {
      email: 'boss@example.com',
      password: GOOD_PASSWORD,
    });
    expect(login.status).toBe(200);
  });
});
