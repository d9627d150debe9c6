import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client, type Json } from '../../test/test-app.ts';

/*
 * Patients cancel and move their own visits. The test clock reads Wednesday 2026-11-25 10:00
 * in Lisbon (UTC+0 in winter); the clinic opens Monday to Friday 08:00–18:00; Cleaning lasts
 * 45 minutes; the clinic's cut-off is 24 hours until the owner changes it.
 */
const DAY = 24 * 3_600_000;
// The clock jumps days ahead to reach a cut-off; the sessions signed in before it outlast that.
const { t, c } = clinicPerTest({ sessionIdleMs: 30 * DAY, sessionMaxMs: 30 * DAY });

const WEDNESDAY = '2026-12-02';
const THURSDAY = '2026-12-03';
const SATURDAY = '2026-12-05';
/** Wednesday 2 December, 09:30 in Lisbon: the visit most tests change. */
const STARTS_AT = Date.parse('2026-12-02T09:30:00.000Z');
const HOUR = 3_600_000;

/** A visit the front desk booked (confirmed) or the patient asked for (pending). */
async function visit(status: 'confirmed' | 'pending', time = '09:30', date = WEDNESDAY) {
  const res =
    status === 'confirmed'
      ? await client(t.app, c.staff.token).post('/api/appointments', {
          patient: c.patient.user.id,
          dentist: c.dentist.user.id,
          service: c.service.id,
          date,
          time,
        })
      : await client(t.app, c.patient.token).post('/api/appointments', {
          dentist: c.dentist.user.id,
          service: c.service.id,
          date,
          time,
        });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  expect(res.body.status).toBe(status);
  return res.body as Json & { id: number; version: number };
}

const asPatient = (id: number, body: Json, headers?: Record<string, string>) =>
  client(t.app, c.patient.token).patch(`/api/appointments/${id}`, body, headers);

async function setClinic(body: Json) {
  const res = await client(t.app, c.owner.token).patch('/api/clinic', body);
  if (res.status !== 200) throw new Error(`clinic settings failed: ${res.raw.body}`);
}

describe('a patient cancelling their own visit', () => {
  it('cancels a pending request, with the reason in the history under the patient’s name', async () => {
    const { id } = await visit('pending');
    const res = await asPatient(id, { status: 'cancelled', reason: 'I have the flu' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'cancelled', date: WEDNESDAY, time: '09:30' });
    const history = await client(t.app, c.staff.token).get(`/api/appointments/${id}/history`);
    expect(history.body.at(-1)).toMatchObject({
      actor: c.patient.user.id,
      actor_name: 'Ana Lima',
      changes: { status: ['pending', 'cancelled'] },
      reason: 'I have the flu',
    });
  });

  it('cancels a confirmed visit without a reason, and frees its time', async () => {
    const { id } = await visit('confirmed');
    const res = await asPatient(id, { status: 'cancelled' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('cancelled');
    const history = await client(t.app, c.patient.token).get(`/api/appointments/${id}/history`);
    expect(history.body.at(-1)).toMatchObject({ actor: c.patient.user.id, reason: null });
    // Another patient may now have that time.
    const other = await client(t.app, c.otherPatient.token).post('/api/appointments', {
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: WEDNESDAY,
      time: '09:30',
    });
    expect(other.status).toBe(201);
  });

  it('answers 404 for another patient’s visit, as for reading it', async () => {
    const { id } = await visit('confirmed');
    const res = await client(t.app, c.otherPatient.token).patch(`/api/appointments/${id}`, {
      status: 'cancelled',
    });
    expect(res.status).toBe(404);
    const unchanged = await client(t.app, c.staff.token).get(`/api/appointments/${id}`);
    expect(unchanged.body.status).toBe('confirmed');
  });

  it('honours If-Match as for the team', async () => {
    const { id, version } = await visit('confirmed');
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { notes: 'Bring X-rays' });
    const stale = await asPatient(id, { status: 'cancelled' }, { 'if-match': `"${version}"` });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('precondition_failed');
    const fresh = await asPatient(id, { status: 'cancelled' }, { 'if-match': `"${version + 1}"` });
    expect(fresh.status).toBe(200);
  });
});

describe('the clinic’s cut-off', () => {
  it('allows a change at exactly the cut-off and refuses it one millisecond later', async () => {
    const first = await visit('confirmed');
    const second = await visit('confirmed', '11:00');
    t.clock.now = STARTS_AT - 24 * HOUR;
    expect((await asPatient(first.id, { status: 'cancelled' })).status).toBe(200);

    t.clock.now = Date.parse('2026-12-02T11:00:00.000Z') - 24 * HOUR + 1;
    const late = await asPatient(second.id, { status: 'cancelled' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('too_late');
    expect(late.body.detail).toContain('phone the clinic');
    const moved = await asPatient(second.id, { date: THURSDAY, time: '10:00' });
    expect(moved.body.code).toBe('too_late');
    const unchanged = await client(t.app, c.staff.token).get(`/api/appointments/${second.id}`);
    expect(unchanged.body).toMatchObject({ status: 'confirmed', time: '11:00', version: 1 });
  });

  it('follows the clinic’s own cut-off', async () => {
    const { id } = await visit('confirmed');
    await setClinic({ patient_change_cutoff_hours: 72 });
    t.clock.now = STARTS_AT - 72 * HOUR + 1;
    expect((await asPatient(id, { status: 'cancelled' })).body.code).toBe('too_late');
    await setClinic({ patient_change_cutoff_hours: 48 });
    expect((await asPatient(id, { status: 'cancelled' })).status).toBe(200);
  });

  it('with a cut-off of 0, allows a change until the start and not after', async () => {
    const first = await visit('confirmed');
    const second = await visit('confirmed', '11:00');
    await setClinic({ patient_change_cutoff_hours: 0 });
    t.clock.now = STARTS_AT;
    expect((await asPatient(first.id, { status: 'cancelled' })).status).toBe(200);
    t.clock.now = Date.parse('2026-12-02T11:00:00.000Z') + 1;
    expect((await asPatient(second.id, { status: 'cancelled' })).body.code).toBe('too_late');
  });

  it('does not bind the front desk', async () => {
    const { id } = await visit('confirmed');
    t.clock.now = STARTS_AT - HOUR;
    const res = await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, {
      status: 'cancelled',
    });
    expect(res.status).toBe(200);
  });
});

describe('a patient moving their own visit', () => {
  it('moves a confirmed visit to a free time, where it waits for the clinic again', async () => {
    const { id } = await visit('confirmed');
    const res = await asPatient(id, { date: THURSDAY, time: '14:00', reason: 'Work' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      date: THURSDAY,
      time: '14:00',
      end_time: '14:45',
      status: 'pending',
      dentist: c.dentist.user.id,
      service: c.service.id,
      duration_minutes: 45,
    });
    const history = await client(t.app, c.staff.token).get(`/api/appointments/${id}/history`);
    expect(history.body.at(-1)).toMatchObject({
      actor: c.patient.user.id,
      changes: {
        date: [WEDNESDAY, THURSDAY],
        time: ['09:30', '14:00'],
        status: ['confirmed', 'pending'],
      },
      reason: 'Work',
    });
    const pending = await client(t.app, c.staff.token).get('/api/appointments?status=pending');
    expect(pending.body.results.map((a: Json) => a.id)).toEqual([id]);
  });

  it('keeps a moved request pending', async () => {
    const { id } = await visit('pending');
    const res = await asPatient(id, { date: THURSDAY, time: '14:00' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('pending');
  });

  it('keeps a moved visit confirmed where the clinic lets patients move confirmed visits', async () => {
    await setClinic({ patients_move_confirmed: true });
    const { id } = await visit('confirmed');
    const res = await asPatient(id, { date: THURSDAY, time: '14:00' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'confirmed', time: '14:00' });
  });

  it('refuses a time outside the free times with the nearest ones, whatever the patient insists', async () => {
    const { id } = await visit('confirmed');
    const res = await asPatient(id, { date: SATURDAY, time: '10:00' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('outside_availability');
    expect(res.body.nearest_slots.length).toBeGreaterThan(0);
    const taken = await visit('confirmed', '15:00', THURSDAY);
    const clash = await asPatient(id, { date: THURSDAY, time: '15:00' });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('outside_availability');
    const insisting = await asPatient(id, {
      date: SATURDAY,
      time: '10:00',
      override_availability: true,
    });
    expect(insisting.status).toBe(403);
    expect(taken.status).toBe('confirmed');
  });

  it('moves within its own time, which does not block itself', async () => {
    const { id } = await visit('confirmed');
    const res = await asPatient(id, { date: WEDNESDAY, time: '09:45' });
    expect(res.status).toBe(200);
    expect(res.body.time).toBe('09:45');
  });

  it('gives the visit any dentist free then when the patient asks for any', async () => {
    const { id } = await visit('confirmed');
    await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.otherPatient.user.id,
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: THURSDAY,
      time: '14:00',
    });
    const keeping = await asPatient(id, { date: THURSDAY, time: '14:00' });
    expect(keeping.body.code).toBe('outside_availability');
    const res = await asPatient(id, { date: THURSDAY, time: '14:00', dentist: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dentist: c.otherDentist.user.id, status: 'pending' });
  });

  it('refuses a time inside the clinic’s notice for patients', async () => {
    const { id } = await visit('confirmed');
    const res = await asPatient(id, { date: '2026-11-25', time: '11:00' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('outside_availability');
  });
});

describe('a guardian changing a dependant’s visit', () => {
  async function childVisit() {
    const added = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
    });
    if (added.status !== 201) throw new Error(`adding a dependant failed: ${added.raw.body}`);
    const child = (added.body as { id: number }).id;
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: child,
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: WEDNESDAY,
      time: '09:30',
    });
    if (booked.status !== 201) throw new Error(`booking failed: ${booked.raw.body}`);
    return { child, id: (booked.body as { id: number }).id };
  }

  it('moves and cancels it under the same rules, in the guardian’s name', async () => {
    const { id } = await childVisit();
    const moved = await asPatient(id, { date: THURSDAY, time: '14:00' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ date: THURSDAY, status: 'pending' });
    const cancelled = await asPatient(id, { status: 'cancelled', reason: 'School trip' });
    expect(cancelled.status).toBe(200);
    const history = await client(t.app, c.staff.token).get(`/api/appointments/${id}/history`);
    expect(history.body.at(-1)).toMatchObject({ actor: c.patient.user.id, reason: 'School trip' });
  });

  it('is refused after the cut-off, and to anyone outside the family', async () => {
    const { id } = await childVisit();
    const stranger = await client(t.app, c.otherPatient.token).patch(`/api/appointments/${id}`, {
      status: 'cancelled',
    });
    expect(stranger.status).toBe(404);
    t.clock.now = STARTS_AT - 24 * HOUR + 1;
    const late = await asPatient(id, { status: 'cancelled' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('too_late');
  });
});

describe('what a patient may not change', () => {
  it('refuses the clinic’s fields and statuses with 403 and a clear message', async () => {
    const { id } = await visit('confirmed');
    const refused: [Json, string][] = [
      [{ notes: 'x' }, 'notes'],
      [{ status: 'confirmed' }, 'status'],
      [{ status: 'completed' }, 'status'],
      [{ service: c.service.id, date: THURSDAY, time: '10:00' }, 'service'],
      [{ duration_minutes: 60, date: THURSDAY, time: '10:00' }, 'duration'],
      [{ dentist: c.otherDentist.user.id, date: THURSDAY, time: '10:00' }, 'dentist'],
      [{ status: 'cancelled', date: THURSDAY, time: '10:00' }, 'cancel'],
    ];
    for (const [body] of refused) {
      const res = await asPatient(id, body);
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(res.body.code).toBe('forbidden');
      expect(res.body.detail.length).toBeGreaterThan(20);
    }
    const unchanged = await client(t.app, c.staff.token).get(`/api/appointments/${id}`);
    expect(unchanged.body).toMatchObject({ status: 'confirmed', version: 1 });
  });

  it('asks for both the date and the time of a move', async () => {
    const { id } = await visit('confirmed');
    const res = await asPatient(id, { date: THURSDAY });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ time: 'Choose the new date and time.' });
  });

  it('refuses to change a visit that is over or already cancelled', async () => {
    const { id } = await visit('confirmed', '10:30', '2026-11-25');
    t.clock.now = Date.parse('2026-11-25T11:30:00.000Z');
    const done = await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, {
      status: 'completed',
    });
    expect(done.status).toBe(200);
    const res = await asPatient(id, { status: 'cancelled' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');

    const second = await visit('confirmed', '09:30', THURSDAY);
    expect((await asPatient(second.id, { status: 'cancelled' })).status).toBe(200);
    const again = await asPatient(second.id, { date: THURSDAY, time: '11:00' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invalid_transition');
  });

  it('still may not delete their visit', async () => {
    const { id } = await visit('confirmed');
    expect((await client(t.app, c.patient.token).delete(`/api/appointments/${id}`)).status).toBe(
      403,
    );
  });
});

describe('the clinic’s settings for patients’ changes', () => {
  it('starts at 24 hours, moved confirmed visits asking again', async () => {
    const res = await client(t.app, c.patient.token).get('/api/clinic');
    expect(res.body).toMatchObject({
      patient_change_cutoff_hours: 24,
      patients_move_confirmed: false,
    });
  });

  it('takes whole hours from 0 to 720 and a yes or no, from the owner only, in the audit log', async () => {
    const owner = client(t.app, c.owner.token);
    for (const value of [-1, 721, 1.5, '24']) {
      const res = await owner.patch('/api/clinic', { patient_change_cutoff_hours: value });
      expect(res.status, String(value)).toBe(400);
      expect(res.body.errors).toHaveProperty('patient_change_cutoff_hours');
    }
    const notBoolean = await owner.patch('/api/clinic', { patients_move_confirmed: 'yes' });
    expect(notBoolean.status).toBe(400);
    const staff = await client(t.app, c.staff.token).patch('/api/clinic', {
      patient_change_cutoff_hours: 2,
    });
    expect(staff.status).toBe(403);

    const res = await owner.patch('/api/clinic', {
      patient_change_cutoff_hours: 720,
      patients_move_confirmed: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      patient_change_cutoff_hours: 720,
      patients_move_confirmed: true,
    });
    const audit = await owner.get('/api/audit?subject=clinic');
    expect(audit.body.results[0].changes).toEqual({
      patient_change_cutoff_hours: [24, 720],
      patients_move_confirmed: [false, true],
    });
  });
});
