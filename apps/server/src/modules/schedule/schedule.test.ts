import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
});
afterEach(() => t.close());

const nine = [{ start: '09:00', end: '13:00' }];
const week = (mon = nine) => ({
  mon,
  tue: nine,
  wed: nine,
  thu: nine,
  fri: nine,
  sat: [],
  sun: [],
});

async function auditOf(subject: string) {
  const res = await client(t.app, c.owner.token).get(`/api/audit?subject=${subject}`);
  expect(res.status).toBe(200);
  return res.body.results as { action: string; subject_name: string; changes: object }[];
}

describe('working hours', () => {
  it('lets the owner create, list, change and delete a dentist’s weekly hours', async () => {
    const owner = client(t.app, c.owner.token);
    const created = await owner.post('/api/working-hours', {
      dentist: c.dentist.user.id,
      valid_from: null,
      days: week(),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ dentist: c.dentist.user.id, valid_from: null });
    expect(created.body.days.mon).toEqual(nine);
    const later = await owner.post('/api/working-hours', {
      dentist: c.dentist.user.id,
      valid_from: '2027-01-04',
      days: week([]),
    });
    expect(later.status).toBe(201);

    const staffList = await client(t.app, c.staff.token).get(
      `/api/working-hours?dentist=${c.dentist.user.id}`,
    );
    expect(staffList.status).toBe(200);
    expect(staffList.body.map((p: { valid_from: string | null }) => p.valid_from)).toEqual([
      null,
      '2027-01-04',
    ]);

    const changed = await owner.patch(`/api/working-hours/${created.body.id}`, {
      days: week([{ start: '08:00', end: '12:00' }]),
    });
    expect(changed.status).toBe(200);
    expect(changed.body.days.mon).toEqual([{ start: '08:00', end: '12:00' }]);
    expect((await owner.delete(`/api/working-hours/${created.body.id}`)).status).toBe(204);
    expect((await owner.delete(`/api/working-hours/${created.body.id}`)).status).toBe(404);

    const audit = await auditOf('working_hours');
    expect(audit.map((e) => e.action)).toEqual(['deleted', 'updated', 'created', 'created']);
    expect(audit[0]?.subject_name).toBe('Dr. Sam Reed');
  });

  it('refuses a second pattern of one dentist from the same date with 409', async () => {
    const owner = client(t.app, c.owner.token);
    const body = { dentist: c.dentist.user.id, valid_from: '2027-01-04', days: week() };
    expect((await owner.post('/api/working-hours', body)).status).toBe(201);
    const again = await owner.post('/api/working-hours', body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('conflict');
    const always = { ...body, valid_from: null };
    expect((await owner.post('/api/working-hours', always)).status).toBe(201);
    expect((await owner.post('/api/working-hours', always)).status).toBe(409);
  });

  it('refuses overlapping, backwards and too many intervals, and a non-dentist', async () => {
    const owner = client(t.app, c.owner.token);
    const post = (days: unknown, dentist = c.dentist.user.id) =>
      owner.post('/api/working-hours', { dentist, days });
    const overlap = await post(
      week([
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '14:00' },
      ]),
    );
    expect(overlap.status).toBe(400);
    expect(overlap.body.errors).toHaveProperty('days.mon');
    expect((await post(week([{ start: '12:00', end: '09:00' }]))).status).toBe(400);
    const many = Array.from({ length: 9 }, (_, i) => ({
      start: `0${i}:00`,
      end: `0${i}:30`,
    }));
    expect((await post(week(many))).status).toBe(400);
    expect((await post({ mon: nine })).status).toBe(400);
    const notDentist = await post(week(), c.staff.user.id);
    expect(notDentist.status).toBe(400);
    expect(notDentist.body.errors).toHaveProperty('dentist');
  });

  it('lets only the owner change working hours, and only the team read them', async () => {
    const body = { dentist: c.dentist.user.id, days: week() };
    const staff = await client(t.app, c.staff.token).post('/api/working-hours', body);
    expect(staff.status).toBe(403);
    expect(staff.body.code).toBe('forbidden');
    expect((await client(t.app, c.patient.token).post('/api/working-hours', body)).status).toBe(
      403,
    );
    expect((await client(t.app, c.patient.token).get('/api/working-hours')).status).toBe(403);
    expect((await client(t.app).get('/api/working-hours')).status).toBe(401);
    const id = (await client(t.app, c.owner.token).post('/api/working-hours', body)).body.id;
    expect(
      (await client(t.app, c.staff.token).patch(`/api/working-hours/${id}`, { days: week([]) }))
        .status,
    ).toBe(403);
    expect((await client(t.app, c.staff.token).delete(`/api/working-hours/${id}`)).status).toBe(
      403,
    );
  });
});

describe('schedule exceptions', () => {
  it('lets the owner record every kind and staff time off only', async () => {
    const owner = client(t.app, c.owner.token);
    const staff = client(t.app, c.staff.token);
    const closure = await owner.post('/api/schedule-exceptions', {
      kind: 'closure',
      date_from: '2026-12-24',
      date_to: '2026-12-26',
      reason: 'Christmas',
    });
    expect(closure.status).toBe(201);
    expect(closure.body).toMatchObject({
      kind: 'closure',
      dentist: null,
      dentist_name: null,
      date_from: '2026-12-24',
      date_to: '2026-12-26',
      start_time: null,
      end_time: null,
      reason: 'Christmas',
    });
    const timeOff = await staff.post('/api/schedule-exceptions', {
      kind: 'time_off',
      dentist: c.dentist.user.id,
      date_from: '2026-12-01',
      start_time: '14:00',
      end_time: '18:00',
    });
    expect(timeOff.status).toBe(201);
    expect(timeOff.body).toMatchObject({
      dentist_name: 'Dr. Sam Reed',
      date_to: '2026-12-01',
      start_time: '14:00',
    });
    for (const kind of ['closure', 'extra_hours']) {
      const res = await staff.post('/api/schedule-exceptions', {
        kind,
        dentist: kind === 'closure' ? null : c.dentist.user.id,
        date_from: '2026-12-02',
      });
      expect(res.status).toBe(403);
    }
    // Staff may not change or remove the owner's closure either.
    expect(
      (await staff.patch(`/api/schedule-exceptions/${closure.body.id}`, { reason: 'x' })).status,
    ).toBe(403);
    expect((await staff.delete(`/api/schedule-exceptions/${closure.body.id}`)).status).toBe(403);

    const moved = await staff.patch(`/api/schedule-exceptions/${timeOff.body.id}`, {
      date_from: '2026-12-03',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ date_from: '2026-12-03', date_to: '2026-12-03' });

    const december = await staff.get(
      '/api/schedule-exceptions?date_from=2026-12-01&date_to=2026-12-31',
    );
    expect(december.body.map((e: { kind: string }) => e.kind)).toEqual(['time_off', 'closure']);
    const onlyClosures = await staff.get('/api/schedule-exceptions?kind=closure');
    expect(onlyClosures.body).toHaveLength(1);
    const ofDentist = await staff.get(`/api/schedule-exceptions?dentist=${c.dentist.user.id}`);
    expect(ofDentist.body).toHaveLength(1);
    // Overlap, not containment: the closure reaches into the 25th.
    const christmasDay = await staff.get(
      '/api/schedule-exceptions?date_from=2026-12-25&date_to=2026-12-25',
    );
    expect(christmasDay.body.map((e: { kind: string }) => e.kind)).toEqual(['closure']);

    expect((await staff.delete(`/api/schedule-exceptions/${timeOff.body.id}`)).status).toBe(204);
    expect((await staff.delete(`/api/schedule-exceptions/${timeOff.body.id}`)).status).toBe(404);
    const audit = await auditOf('schedule_exception');
    expect(audit.map((e) => e.action)).toEqual(['deleted', 'updated', 'created', 'created']);
    expect(audit.at(-1)?.subject_name).toBe('Bright Smile Dental');
  });

  it('refuses exceptions that name the wrong people, days or times', async () => {
    const owner = client(t.app, c.owner.token);
    const post = (body: object) =>
      owner.post('/api/schedule-exceptions', { date_from: '2026-12-01', ...body });
    const cases: [object, string][] = [
      [{ kind: 'closure', dentist: c.dentist.user.id }, 'dentist'],
      [{ kind: 'time_off' }, 'dentist'],
      [{ kind: 'time_off', dentist: c.staff.user.id }, 'dentist'],
      [{ kind: 'closure', date_to: '2026-11-30' }, 'date_to'],
      [{ kind: 'closure', date_to: '2027-12-02' }, 'date_to'],
      [{ kind: 'closure', start_time: '09:00' }, 'end_time'],
      [{ kind: 'closure', start_time: '12:00', end_time: '09:00' }, 'end_time'],
      [{ kind: 'holiday' }, 'kind'],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors, JSON.stringify(body)).toHaveProperty(field);
    }
    const id = (await post({ kind: 'closure' })).body.id;
    const backwards = await owner.patch(`/api/schedule-exceptions/${id}`, {
      date_to: '2026-11-01',
    });
    expect(backwards.status).toBe(400);
    expect((await client(t.app, c.patient.token).get('/api/schedule-exceptions')).status).toBe(403);
  });
});

describe('booking rules and service fields', () => {
  it('keeps the booking rules among the clinic’s settings, owner only, within their limits', async () => {
    const initial = await client(t.app, c.patient.token).get('/api/clinic');
    expect(initial.body).toMatchObject({
      min_notice_minutes: 120,
      booking_horizon_days: 90,
      slot_step_minutes: 15,
    });
    const rules = { min_notice_minutes: 60, booking_horizon_days: 30, slot_step_minutes: 30 };
    const changed = await client(t.app, c.owner.token).patch('/api/clinic', rules);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject(rules);
    for (const bad of [
      { slot_step_minutes: 7 },
      { min_notice_minutes: -1 },
      { booking_horizon_days: 0 },
      { booking_horizon_days: 731 },
    ]) {
      expect((await client(t.app, c.owner.token).patch('/api/clinic', bad)).status).toBe(400);
    }
    expect((await client(t.app, c.staff.token).patch('/api/clinic', rules)).status).toBe(403);
    const [entry] = await auditOf('clinic');
    expect(entry?.changes).toMatchObject({ slot_step_minutes: [15, 30] });
  });

  it('gives services a buffer and the dentists who perform them', async () => {
    const owner = client(t.app, c.owner.token);
    expect(c.service).toMatchObject({ buffer_after_minutes: 0, dentists: [] });
    const created = await owner.post('/api/services', {
      name: 'Implant',
      duration_minutes: 60,
      price: '900',
      buffer_after_minutes: 15,
      dentists: [c.otherDentist.user.id, c.dentist.user.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      buffer_after_minutes: 15,
      dentists: [c.dentist.user.id, c.otherDentist.user.id].sort((a, b) => a - b),
    });
    const changed = await owner.patch(`/api/services/${created.body.id}`, {
      dentists: [c.dentist.user.id],
      buffer_after_minutes: 120,
    });
    expect(changed.body).toMatchObject({
      dentists: [c.dentist.user.id],
      buffer_after_minutes: 120,
    });
    const listed = await client(t.app, c.patient.token).get('/api/services');
    expect(listed.body.find((s: { id: number }) => s.id === created.body.id)).toMatchObject({
      dentists: [c.dentist.user.id],
    });
    for (const bad of [
      { buffer_after_minutes: 121 },
      { buffer_after_minutes: -5 },
      { dentists: [c.staff.user.id] },
      { dentists: [c.patient.user.id] },
      { dentists: [999_999] },
    ]) {
      const res = await owner.patch(`/api/services/${created.body.id}`, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    const [entry] = await auditOf('service');
    expect(entry?.changes).toMatchObject({ buffer_after_minutes: [15, 120] });
    expect((await owner.delete(`/api/services/${created.body.id}`)).status).toBe(204);
  });
});
