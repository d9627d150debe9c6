import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic, registerPatient } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

/*
 * Bookings must fit the free times. The test clock reads Wednesday 2026-11-25, 10:00 in
 * Lisbon; the clinic opens Monday to Friday 08:00–18:00; the Cleaning service lasts 45 minutes.
 */
let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
});
afterEach(() => t.close());

const MONDAY = '2026-11-30';
const SATURDAY = '2026-11-28';

describe('booking outside the free times', () => {
  it('refuses a patient with the nearest free times, nearest first', async () => {
    const res = await client(t.app, c.patient.token).post('/api/appointments', {
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: MONDAY,
      time: '17:30',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('outside_availability');
    expect(res.body.nearest_slots).toEqual([
      { date: MONDAY, time: '17:15', end_time: '18:00', dentists: [c.dentist.user.id] },
      { date: MONDAY, time: '17:00', end_time: '17:45', dentists: [c.dentist.user.id] },
      { date: MONDAY, time: '16:45', end_time: '17:30', dentists: [c.dentist.user.id] },
    ]);
    expect(res.body.detail).toContain('2026-11-30 17:15');
    // An override is the team's; a patient's is ignored.
    const insisting = await client(t.app, c.patient.token).post('/api/appointments', {
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: MONDAY,
      time: '17:30',
      override_availability: true,
    });
    expect(insisting.status).toBe(409);
  });

  it('refuses a patient inside the notice, and accepts the team there', async () => {
    const body = { dentist: c.dentist.user.id, date: '2026-11-25', time: '11:00' };
    const patient = await client(t.app, c.patient.token).post('/api/appointments', body);
    expect(patient.status).toBe(409);
    expect(patient.body.nearest_slots[0]).toMatchObject({ date: '2026-11-25', time: '12:00' });
    const staff = await client(t.app, c.staff.token).post('/api/appointments', {
      ...body,
      patient: c.patient.user.id,
    });
    expect(staff.status).toBe(201);
  });

  it('refuses staff without an override, and records one with it', async () => {
    const body = {
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: SATURDAY,
      time: '10:00',
    };
    const refused = await client(t.app, c.staff.token).post('/api/appointments', body);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('outside_availability');
    const forced = await client(t.app, c.staff.token).post('/api/appointments', {
      ...body,
      override_availability: true,
    });
    expect(forced.status).toBe(201);
    const history = await client(t.app, c.staff.token).get(
      `/api/appointments/${forced.body.id}/history`,
    );
    expect(history.body[0].changes.override_availability).toEqual([null, true]);
    const audit = await client(t.app, c.owner.token).get(
      `/api/audit?appointment=${forced.body.id}`,
    );
    expect(audit.body.results[0]).toMatchObject({
      subject: 'appointment',
      actor: c.staff.user.id,
      changes: { override_availability: [null, true] },
    });
  });

  it('records no override when the booking fitted anyway', async () => {
    const res = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: MONDAY,
      time: '09:00',
      override_availability: true,
    });
    expect(res.status).toBe(201);
    const history = await client(t.app, c.staff.token).get(
      `/api/appointments/${res.body.id}/history`,
    );
    expect(history.body[0].changes).not.toHaveProperty('override_availability');
  });

  it('accepts a start off the grid when the visit fits', async () => {
    const res = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: MONDAY,
      time: '09:07',
    });
    expect(res.status).toBe(201);
  });

  it('keeps the chair free for the buffer the database does not know of', async () => {
    await client(t.app, c.owner.token).patch(`/api/services/${c.service.id}`, {
      buffer_after_minutes: 15,
    });
    const first = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: MONDAY,
      time: '09:00',
    });
    expect(first.status).toBe(201);
    const during = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.otherPatient.user.id,
      dentist: c.dentist.user.id,
      date: MONDAY,
      time: '09:45',
    });
    expect(during.status).toBe(409);
    expect(during.body.code).toBe('outside_availability');
    expect(during.body.nearest_slots[0]).toMatchObject({ time: '10:00' });
  });

  it('sees a long visit that started hours before the time asked for', async () => {
    const long = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: MONDAY,
      time: '09:00',
      duration_minutes: 240,
    });
    expect(long.status).toBe(201);
    const late = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.otherPatient.user.id,
      dentist: c.dentist.user.id,
      date: MONDAY,
      time: '12:30',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('outside_availability');
  });

  it('checks moves, a new dentist and reinstating, but not a note on a visit outside the hours', async () => {
    const { body: visit } = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: MONDAY,
      time: '09:00',
    });
    const api = client(t.app, c.staff.token);
    const move = await api.patch(`/api/appointments/${visit.id}`, { time: '19:00' });
    expect(move.status).toBe(409);
    expect(move.body.code).toBe('outside_availability');
    // Its own time does not block a move within it.
    expect((await api.patch(`/api/appointments/${visit.id}`, { time: '09:15' })).status).toBe(200);
    await client(t.app, c.owner.token).post('/api/schedule-exceptions', {
      kind: 'time_off',
      dentist: c.otherDentist.user.id,
      date_from: MONDAY,
    });
    const other = await api.patch(`/api/appointments/${visit.id}`, {
      dentist: c.otherDentist.user.id,
    });
    expect(other.status).toBe(409);
    const forced = await api.patch(`/api/appointments/${visit.id}`, {
      time: '19:00',
      override_availability: true,
    });
    expect(forced.status).toBe(200);
    expect((await api.patch(`/api/appointments/${visit.id}`, { notes: 'late' })).status).toBe(200);
    expect((await api.patch(`/api/appointments/${visit.id}`, { status: 'cancelled' })).status).toBe(
      200,
    );
    const reinstate = await api.patch(`/api/appointments/${visit.id}`, { status: 'confirmed' });
    expect(reinstate.status).toBe(409);
    const history = (await api.get(`/api/appointments/${visit.id}/history`)).body as {
      changes: Record<string, unknown>;
    }[];
    expect(history.filter((h) => 'override_availability' in h.changes)).toHaveLength(1);
  });
});

describe('a patient asking for any dentist', () => {
  it('gets the free dentist with the fewest visits that day, then the lowest id', async () => {
    const request = (token: string, time: string) =>
      client(t.app, token).post('/api/appointments', {
        service: c.service.id,
        date: MONDAY,
        time,
      });
    const first = await request(c.patient.token, '11:00');
    expect(first.status).toBe(201);
    expect(first.body.dentist).toBe(c.dentist.user.id);
    // The first dentist is busy at 11:00, so the second gets it.
    const second = await request(c.otherPatient.token, '11:00');
    expect(second.body.dentist).toBe(c.otherDentist.user.id);
    // Both have one visit; the lower id goes first again.
    const third = await request((await registerPatient(t.app, 'Carla Dias')).token, '14:00');
    expect(third.body.dentist).toBe(c.dentist.user.id);
    // Now the second dentist has fewer, so gets the next request although both are free.
    const fourth = await request((await registerPatient(t.app, 'Dora Reis')).token, '15:00');
    expect(fourth.body.dentist).toBe(c.otherDentist.user.id);
    const fifth = await request((await registerPatient(t.app, 'Eva Melo')).token, '11:00');
    expect(fifth.status).toBe(409);
    expect(fifth.body.code).toBe('outside_availability');
  });

  it('books a time the free times offered', async () => {
    const offered = await client(t.app, c.patient.token).get(
      `/api/availability?service=${c.service.id}&date_from=${MONDAY}&date_to=${MONDAY}`,
    );
    const slot = offered.body.days[0].slots[5];
    const booked = await client(t.app, c.patient.token).post('/api/appointments', {
      service: c.service.id,
      date: MONDAY,
      time: slot.time,
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      time: slot.time,
      end_time: slot.end_time,
      dentist: slot.dentists[0],
      status: 'pending',
    });
  });
});

describe('booking one free time concurrently', () => {
  it('lets exactly one of 20 simultaneous bookings through, the rest told it is not free', async () => {
    const patients = [];
    for (let i = 0; i < 20; i++) {
      const res = await client(t.app, c.owner.token).post('/api/users', {
        email: `walk-in-${i}@example.com`,
        name: `Patient ${i}`,
        role: 'patient',
      });
      patients.push(res.body.id as number);
    }
    // Ten minutes apart with a 45-minute visit: every pair overlaps, none is the same slot.
    const results = await Promise.all(
      patients.map((patient, i) =>
        client(t.app, c.staff.token).post('/api/appointments', {
          patient,
          dentist: c.dentist.user.id,
          service: c.service.id,
          date: MONDAY,
          time: `09:${String(i % 2 === 0 ? 0 : 10).padStart(2, '0')}`,
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of results.filter((r) => r.status === 409)) {
      expect(['outside_availability', 'double_booking']).toContain(r.body.code);
    }
  });
});
