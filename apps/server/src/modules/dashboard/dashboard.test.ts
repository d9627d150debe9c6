import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads Wednesday 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon.
const { t, c } = clinicPerTest();

async function book(fields: Record<string, unknown>) {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    dentist: c.dentist.user.id,
    ...fields,
  });
  if (res.status !== 201) throw new Error(res.raw.body);
  return res.body;
}

describe('GET /api/dashboard for the clinic team', () => {
  it('shows today’s schedule in time order, the pending queue and the counts', async () => {
    const later = await book({ patient: c.patient.user.id, date: '2026-11-25', time: '15:00' });
    const sooner = await book({
      patient: c.otherPatient.user.id,
      date: '2026-11-25',
      time: '11:00',
    });
    const cancelled = await book({ patient: c.patient.user.id, date: '2026-11-25', time: '16:00' });
    await client(t.app, c.staff.token).patch(`/api/appointments/${cancelled.id}`, {
      status: 'cancelled',
    });
    const request = await client(t.app, c.patient.token).post('/api/appointments', {
      date: '2026-11-27',
      time: '09:00',
    });
    await book({
      patient: c.otherPatient.user.id,
      date: '2026-12-09',
      time: '09:00',
      status: 'pending',
    });

    const res = await client(t.app, c.staff.token).get('/api/dashboard');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      role: 'team',
      today: '2026-11-25',
      week_from: '2026-11-23',
      week_to: '2026-11-29',
      week_outcomes: null,
    });
    expect(res.body.schedule.map((a: { id: number }) => a.id)).toEqual([sooner.id, later.id]);
    expect(res.body.pending[0]).toMatchObject({
      id: request.body.id,
      status: 'pending',
      patient_name: 'Ana Lima',
    });
    expect(res.body.counts).toEqual({ today: 2, this_week: 3, pending: 2 });
  });

  it('gives the owner this week’s completed, cancelled and no-show counts', async () => {
    const done = await book({ patient: c.patient.user.id, date: '2026-11-25', time: '11:00' });
    await client(t.app, c.owner.token).patch(`/api/appointments/${done.id}`, {
      status: 'completed',
    });
    const gone = await book({ patient: c.otherPatient.user.id, date: '2026-11-26', time: '11:00' });
    await client(t.app, c.owner.token).patch(`/api/appointments/${gone.id}`, {
      status: 'cancelled',
      reason: 'Patient is travelling',
    });
    const res = await client(t.app, c.owner.token).get('/api/dashboard');
    expect(res.body.week_outcomes).toEqual({ completed: 1, cancelled: 1, no_show: 0 });
  });
});

describe('GET /api/dashboard for a patient', () => {
  it('shows their next appointment, the ones after it and their pending count — nobody else’s', async () => {
    await book({ patient: c.otherPatient.user.id, date: '2026-11-26', time: '09:00' });
    const second = await book({ patient: c.patient.user.id, date: '2026-12-03', time: '10:00' });
    const next = await book({ patient: c.patient.user.id, date: '2026-11-26', time: '14:00' });
    await client(t.app, c.patient.token).post('/api/appointments', {
      date: '2026-12-10',
      time: '10:00',
    });

    const res = await client(t.app, c.patient.token).get('/api/dashboard');
    expect(res.body).toMatchObject({ role: 'patient', today: '2026-11-25', pending_count: 1 });
    expect(res.body.next_appointment).toMatchObject({ id: next.id, dentist_name: 'Dr. Sam Reed' });
    expect(res.body.upcoming.map((a: { id: number }) => a.id)[0]).toBe(second.id);
    expect(res.body.upcoming).toHaveLength(2);
    expect(JSON.stringify(res.body)).not.toContain('Ben Novak');
  });

  it('has no next appointment for a new patient', async () => {
    const res = await client(t.app, c.patient.token).get('/api/dashboard');
    expect(res.body).toMatchObject({ next_appointment: null, upcoming: [], pending_count: 0 });
  });

  it('refuses visitors who are not signed in', async () => {
    expect((await client(t.app).get('/api/dashboard')).status).toBe(401);
  });
});

describe('declining with a reason', () => {
  it('keeps the reason in the history of the change', async () => {
    const request = await client(t.app, c.patient.token).post('/api/appointments', {
      date: '2026-11-27',
      time: '09:00',
    });
    await client(t.app, c.staff.token).patch(`/api/appointments/${request.body.id}`, {
      status: 'cancelled',
      reason: 'Dentist away that day',
    });
    const history = await client(t.app, c.patient.token).get(
      `/api/appointments/${request.body.id}/history`,
    );
    expect(history.body[1]).toMatchObject({
      changes: { status: ['pending', 'cancelled'] },
      reason: 'Dentist away that day',
    });
    expect(history.body[0].reason).toBeNull();
  });
});
