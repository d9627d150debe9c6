import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads Wednesday 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0
// in winter) and open 08:00–18:00 on weekdays.
const { t, c } = clinicPerTest();
const TODAY = '2026-11-25';
const at = (time: string) => {
  t.clock.now = Date.parse(`${TODAY}T${time}:00.000Z`);
};

async function book(fields: Record<string, unknown> = {}) {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: c.patient.user.id,
    dentist: c.dentist.user.id,
    date: TODAY,
    time: '10:30',
    ...fields,
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body as { id: number; status: string };
}

const desk = () => client(t.app, c.staff.token);
const move = (id: number, body: Record<string, unknown>) =>
  desk().patch(`/api/appointments/${id}`, body);

describe('the day of the visit', () => {
  it('checks a patient in, seats them and completes the visit, keeping when each happened', async () => {
    const { id } = await book();
    at('10:25');
    const arrived = await move(id, { status: 'arrived' });
    expect(arrived.status).toBe(200);
    expect(arrived.body).toMatchObject({
      status: 'arrived',
      arrived_at: '2026-11-25T10:25:00.000Z',
      seated_at: null,
    });
    at('10:38');
    const seated = await move(id, { status: 'in_chair' });
    expect(seated.body).toMatchObject({
      status: 'in_chair',
      arrived_at: '2026-11-25T10:25:00.000Z',
      seated_at: '2026-11-25T10:38:00.000Z',
    });
    at('10:55');
    const done = await move(id, { status: 'completed' });
    expect(done.body).toMatchObject({
      status: 'completed',
      arrived_at: '2026-11-25T10:25:00.000Z',
      seated_at: '2026-11-25T10:38:00.000Z',
    });

    const history = await desk().get(`/api/appointments/${id}/history`);
    expect(
      history.body.map((entry: { at: string; changes: { status?: unknown } }) => [
        entry.at,
        entry.changes.status,
      ]),
    ).toEqual([
      ['2026-11-25T10:00:00.000Z', [null, 'confirmed']],
      ['2026-11-25T10:25:00.000Z', ['confirmed', 'arrived']],
      ['2026-11-25T10:38:00.000Z', ['arrived', 'in_chair']],
      ['2026-11-25T10:55:00.000Z', ['in_chair', 'completed']],
    ]);
  });

  it('checks in a late patient as arrived', async () => {
    const { id } = await book({ time: '10:05' });
    at('10:20');
    const late = await move(id, { status: 'arrived' });
    expect(late.body).toMatchObject({ status: 'arrived', arrived_at: '2026-11-25T10:20:00.000Z' });
  });

  it('refuses checking in or seating on another day than the visit’s', async () => {
    const { id } = await book({ date: '2026-11-26', time: '09:00' });
    const res = await move(id, { status: 'arrived' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'invalid_transition' });
    expect(res.body.detail).toMatch(/only on the visit’s day/);
  });

  it('refuses a no-show for a patient who arrived, and a seat before the check-in', async () => {
    const { id } = await book();
    expect((await move(id, { status: 'in_chair' })).status).toBe(409);
    await move(id, { status: 'arrived' });
    const res = await move(id, { status: 'no_show' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
  });

  it('cancels a patient who left before being seen only with the reason, kept in the history', async () => {
    const { id } = await book();
    await move(id, { status: 'arrived' });
    const bare = await move(id, { status: 'cancelled' });
    expect(bare.status).toBe(400);
    expect(bare.body.errors.reason).toBeTruthy();
    const left = await move(id, { status: 'cancelled', reason: 'Could not wait any longer' });
    expect(left.status).toBe(200);
    expect(left.body.arrived_at).toBe('2026-11-25T10:00:00.000Z');
    const history = await desk().get(`/api/appointments/${id}/history`);
    expect(history.body.at(-1)).toMatchObject({
      changes: { status: ['arrived', 'cancelled'] },
      reason: 'Could not wait any longer',
    });
  });

  it('undoes a check-in or a seating made by mistake, forgetting its time', async () => {
    const { id } = await book();
    await move(id, { status: 'arrived' });
    await move(id, { status: 'in_chair' });
    const unseated = await move(id, { status: 'arrived' });
    expect(unseated.body).toMatchObject({ status: 'arrived', seated_at: null });
    const undone = await move(id, { status: 'confirmed' });
    expect(undone.body).toMatchObject({ status: 'confirmed', arrived_at: null, seated_at: null });
  });

  it('keeps the slot of an arrived or seated patient held: no one else is booked over it', async () => {
    const { id } = await book({ time: '11:00' });
    const overlapping = (override: boolean) =>
      desk().post('/api/appointments', {
        patient: c.otherPatient.user.id,
        dentist: c.dentist.user.id,
        date: TODAY,
        time: '11:15',
        override_availability: override,
      });
    for (const status of ['arrived', 'in_chair']) {
      await move(id, { status });
      // The free times leave it out, and the database refuses it even when told to book anyway.
      expect((await overlapping(false)).body.code, status).toBe('outside_availability');
      const res = await overlapping(true);
      expect(res.status, status).toBe(409);
      expect(res.body.code).toBe('double_booking');
    }
  });

  it('has the database refuse an arrival or a seating without its time', async () => {
    const { id } = await book();
    const db = t.ctx.db.kysely;
    await expect(
      sql`update appointments set status = 'arrived' where id = ${id}`.execute(db),
    ).rejects.toThrow();
    await expect(
      sql`update appointments set status = 'in_chair', arrived_at = 1 where id = ${id}`.execute(db),
    ).rejects.toThrow();
  });
});

describe('confirming needs a dentist', () => {
  it('keeps a booking without a dentist or a status as a request', async () => {
    const res = await book({ dentist: null });
    expect(res.status).toBe('pending');
    expect((await book({ time: '12:00' })).status).toBe('confirmed');
  });

  it('refuses creating a confirmed visit without a dentist', async () => {
    const res = await desk().post('/api/appointments', {
      patient: c.patient.user.id,
      date: TODAY,
      time: '11:00',
      status: 'confirmed',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_error');
    expect(res.body.errors.dentist).toMatch(/dentist/);
  });

  it('refuses confirming a request without a dentist, and accepts it with one', async () => {
    const { id } = await book({ dentist: null });
    const bare = await move(id, { status: 'confirmed' });
    expect(bare.status).toBe(409);
    expect(bare.body).toMatchObject({ code: 'invalid_transition' });
    expect(bare.body.errors.dentist).toMatch(/Choose a dentist/);
    const staffed = await move(id, { status: 'confirmed', dentist: c.otherDentist.user.id });
    expect(staffed.status).toBe(200);
    expect(staffed.body).toMatchObject({ status: 'confirmed', dentist: c.otherDentist.user.id });
  });

  it('refuses taking the dentist off a confirmed visit', async () => {
    const { id } = await book();
    const res = await move(id, { dentist: null });
    expect(res.status).toBe(409);
    expect(res.body.errors.dentist).toBeTruthy();
  });
});

describe('visits recorded after the fact', () => {
  const record = (fields: Record<string, unknown>, token = c.staff.token) =>
    client(t.app, token).post('/api/appointments', {
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      recorded_after_the_fact: true,
      ...fields,
    });

  it('records an emergency seen on an earlier day, outside the hours, and says so in the history', async () => {
    const res = await record({ date: '2026-11-21', time: '13:00', status: 'completed' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'completed', arrived_at: null, seated_at: null });
    const history = await desk().get(`/api/appointments/${res.body.id}/history`);
    expect(history.body[0].changes).toMatchObject({
      status: [null, 'completed'],
      recorded_after_the_fact: [null, true],
    });
    expect(history.body[0].changes.override_availability).toBeUndefined();
  });

  it('records a walk-in of earlier today as arrived, its wait starting now', async () => {
    const res = await record({ date: TODAY, time: '09:50', status: 'arrived' }, c.owner.token);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'arrived', arrived_at: '2026-11-25T10:00:00.000Z' });
    expect((await move(res.body.id, { status: 'in_chair' })).status).toBe(200);
  });

  it('records a no-show of earlier today', async () => {
    const res = await record({ date: TODAY, time: '08:30', status: 'no_show' });
    expect(res.status).toBe(201);
  });

  it('refuses a past visit without the flag, pending or confirmed, a future one, or an old arrival', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        { recorded_after_the_fact: false, date: TODAY, time: '08:30', status: 'completed' },
        'status',
      ],
      [{ recorded_after_the_fact: undefined, date: TODAY, time: '08:30' }, 'date'],
      [{ date: TODAY, time: '08:30', status: 'pending' }, 'status'],
      [{ date: TODAY, time: '08:30', status: 'confirmed' }, 'status'],
      [{ date: TODAY, time: '08:30', status: 'in_chair' }, 'status'],
      [{ date: TODAY, time: '12:00', status: 'completed' }, 'date'],
      [{ date: '2026-11-24', time: '09:00', status: 'arrived' }, 'status'],
      [{ date: TODAY, time: '08:30', status: 'completed', dentist: null }, 'dentist'],
    ];
    for (const [fields, field] of cases) {
      const res = await record(fields);
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(res.body.errors?.[field], JSON.stringify(fields)).toBeTruthy();
    }
  });

  it('never lets a patient record the past', async () => {
    const res = await record({ date: TODAY, time: '08:30', status: 'completed' }, c.patient.token);
    expect(res.status).toBe(400);
    expect(res.body.errors.date).toMatch(/future/);
  });

  it('still refuses double booking: over a held slot, and over a visit completed then', async () => {
    const taken = await book({ time: '10:30' });
    const over = await record({
      patient: c.otherPatient.user.id,
      date: TODAY,
      time: '09:45',
      duration_minutes: 60,
      status: 'arrived',
    });
    expect(over.status).toBe(409);
    expect(over.body.code).toBe('double_booking');

    await record({ date: '2026-11-20', time: '11:00', status: 'completed' });
    const twice = await record({
      patient: c.otherPatient.user.id,
      date: '2026-11-20',
      time: '11:15',
      status: 'completed',
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'double_booking' });
    expect(twice.body.detail).toMatch(/Dr\. Sam Reed is already booked from 11:00 to 11:30/);
    expect(taken.status).toBe('confirmed');
  });
});
