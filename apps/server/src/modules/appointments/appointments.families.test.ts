import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEventStream } from '../../test/event-stream-client.ts';
import { createStaff } from '../../test/factories.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter).
const { t, c } = clinicPerTest();

const asGuardian = () => client(t.app, c.patient.token);
const asOther = () => client(t.app, c.otherPatient.token);

async function addChild(name: string, token = c.patient.token) {
  const res = await client(t.app, token).post('/api/users/me/dependants', {
    name,
    date_of_birth: '2017-09-14',
  });
  if (res.status !== 201) throw new Error(`adding a dependant failed: ${res.raw.body}`);
  return res.body as { id: number };
}

const request = (overrides: Record<string, unknown>) => ({
  dentist: c.dentist.user.id,
  date: '2026-12-02',
  time: '09:30',
  ...overrides,
});

async function bookFor(patient: number, overrides: Record<string, unknown> = {}) {
  const res = await asGuardian().post('/api/appointments', request({ patient, ...overrides }));
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body as { id: number };
}

describe('a guardian booking for their dependants', () => {
  it('books a request for a dependant, which the team sees with the guardian', async () => {
    const leo = await addChild('Leo Lima');
    const res = await asGuardian().post('/api/appointments', request({ patient: leo.id }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      patient: leo.id,
      patient_name: 'Leo Lima',
      status: 'pending',
      guardian: c.patient.user.id,
      guardian_name: 'Ana Lima',
    });
    const seen = await client(t.app, c.staff.token).get(`/api/appointments/${res.body.id}`);
    expect(seen.body).toMatchObject({ guardian: c.patient.user.id, guardian_name: 'Ana Lima' });
    const history = await client(t.app, c.staff.token).get(
      `/api/appointments/${res.body.id}/history`,
    );
    expect(history.body[0]).toMatchObject({ actor: c.patient.user.id, actor_name: 'Ana Lima' });
  });

  it('books two children at the same time with two dentists, but never one child twice', async () => {
    const leo = await addChild('Leo Lima');
    const mia = await addChild('Mia Lima');
    const first = await asGuardian().post('/api/appointments', request({ patient: leo.id }));
    const second = await asGuardian().post(
      '/api/appointments',
      request({ patient: mia.id, dentist: c.otherDentist.user.id }),
    );
    expect([first.status, second.status]).toEqual([201, 201]);
    // A third dentist is free then: only the child's own calendar stands in the way.
    const third = await createStaff(t.app, c.owner.token, { name: 'Dr. Ines', isDentist: true });
    const again = await asGuardian().post(
      '/api/appointments',
      request({ patient: leo.id, dentist: third.user.id, time: '09:45' }),
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('double_booking');
    // The guardian's own visit at that time is theirs alone, too.
    const own = await asGuardian().post(
      '/api/appointments',
      request({ dentist: c.otherDentist.user.id, time: '10:30' }),
    );
    expect(own.status).toBe(201);
  });

  it('counts the open-request limit per person, not per family', async () => {
    const leo = await addChild('Leo Lima');
    for (const patient of [c.patient.user.id, leo.id]) {
      for (const hour of ['09', '10', '11']) {
        await bookFor(patient, { dentist: null, date: '2026-12-03', time: `${hour}:00` });
      }
    }
    const fourth = await asGuardian().post(
      '/api/appointments',
      request({ patient: leo.id, dentist: null, date: '2026-12-04' }),
    );
    expect(fourth.status).toBe(409);
    expect(fourth.body.code).toBe('open_request_limit');
  });

  it('refuses a booking for another family’s dependant or another patient with 403', async () => {
    const bens = await addChild('Bea Novak', c.otherPatient.token);
    for (const patient of [bens.id, c.otherPatient.user.id, 999_999]) {
      const res = await asGuardian().post('/api/appointments', request({ patient }));
      expect(res.status, `patient ${patient}`).toBe(403);
    }
  });
});

describe('a guardian seeing their dependants’ visits', () => {
  it('lists their own and their dependants’ visits, each with whose it is', async () => {
    const leo = await addChild('Leo Lima');
    const mine = await bookFor(c.patient.user.id);
    const his = await bookFor(leo.id, { time: '11:00' });
    const bens = await client(t.app, c.otherPatient.token).post(
      '/api/appointments',
      request({ time: '12:00' }),
    );
    const list = await asGuardian().get('/api/appointments');
    expect(list.body.count).toBe(2);
    expect(list.body.results).toEqual([
      expect.objectContaining({ id: mine.id, patient_name: 'Ana Lima', guardian: null }),
      expect.objectContaining({ id: his.id, patient_name: 'Leo Lima', guardian_name: 'Ana Lima' }),
    ]);
    const onlyLeo = await asGuardian().get(`/api/appointments?patient=${leo.id}`);
    expect(onlyLeo.body.results.map((a: { id: number }) => a.id)).toEqual([his.id]);
    // Another family's filter is ignored, as any foreign filter is: never their visits.
    const foreign = await asGuardian().get(`/api/appointments?patient=${c.otherPatient.user.id}`);
    expect(foreign.body.results.map((a: { id: number }) => a.id)).not.toContain(bens.body.id);
    expect((await asGuardian().get(`/api/appointments/${his.id}`)).status).toBe(200);
    expect((await asGuardian().get(`/api/appointments/${his.id}/history`)).status).toBe(200);
  });

  it('shows a dependant’s next visit on the guardian’s home, and never on another’s', async () => {
    const leo = await addChild('Leo Lima');
    const his = await bookFor(leo.id);
    const home = await asGuardian().get('/api/dashboard');
    expect(home.body).toMatchObject({
      role: 'patient',
      next_appointment: { id: his.id, patient_name: 'Leo Lima' },
      pending_count: 1,
    });
    const other = await asOther().get('/api/dashboard');
    expect(other.body).toMatchObject({ next_appointment: null, pending_count: 0 });
  });

  it('answers 404 to every other patient for a dependant’s visit, its history and the list', async () => {
    const leo = await addChild('Leo Lima');
    const his = await bookFor(leo.id);
    expect((await asOther().get(`/api/appointments/${his.id}`)).status).toBe(404);
    expect((await asOther().get(`/api/appointments/${his.id}/history`)).status).toBe(404);
    const list = await asOther().get(`/api/appointments?patient=${leo.id}`);
    expect(list.body.count).toBe(0);
    expect((await asOther().get(`/api/users/${leo.id}`)).status).toBe(404);
  });

  it('keeps a deleted visit’s history for the guardian and from everyone else', async () => {
    const leo = await addChild('Leo Lima');
    const his = await bookFor(leo.id);
    expect((await client(t.app, c.staff.token).delete(`/api/appointments/${his.id}`)).status).toBe(
      204,
    );
    expect((await asGuardian().get(`/api/appointments/${his.id}/history`)).status).toBe(200);
    expect((await asOther().get(`/api/appointments/${his.id}/history`)).status).toBe(404);
  });

  it('stops showing a dependant’s visits once the team unlinks them', async () => {
    const leo = await addChild('Leo Lima');
    const his = await bookFor(leo.id);
    await client(t.app, c.staff.token).patch(`/api/users/${leo.id}`, {
      guardian: null,
      phone: '+351 912 000 111',
    });
    expect((await asGuardian().get(`/api/appointments/${his.id}`)).status).toBe(404);
    expect((await asGuardian().get('/api/appointments')).body.count).toBe(0);
    const kept = await client(t.app, c.staff.token).get(`/api/appointments/${his.id}`);
    expect(kept.body).toMatchObject({ patient: leo.id, guardian: null });
  });
});

describe('live updates of a dependant’s visits', () => {
  let baseUrl: string;
  const streams: Awaited<ReturnType<typeof openEventStream>>[] = [];
  beforeEach(async () => {
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) await stream.close();
  });
  const open = async (token: string) => {
    const stream = await openEventStream(baseUrl, token);
    streams.push(stream);
    return stream;
  };

  it('reach the guardian’s stream and no other patient’s', async () => {
    const leo = await addChild('Leo Lima');
    const guardian = await open(c.patient.token);
    const other = await open(c.otherPatient.token);
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: leo.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:30',
    });
    expect(booked.status).toBe(201);
    const created = await guardian.waitFor(
      'appointment.created',
      (data) => (data as { id: number }).id === booked.body.id,
    );
    expect(created.data).toMatchObject({ patient: leo.id, guardian_name: 'Ana Lima' });
    await client(t.app, c.staff.token).delete(`/api/appointments/${booked.body.id}`);
    await guardian.waitFor('appointment.deleted');
    // The other patient's stream saw availability change, and nothing of the visit itself.
    await other.waitFor('availability.changed');
    expect(other.events.filter((e) => e.event.startsWith('appointment.'))).toEqual([]);
  });

  it('reach a guardian linked while their stream is open', async () => {
    const guardian = await open(c.patient.token);
    await client(t.app, c.staff.token).patch(`/api/users/${c.otherPatient.user.id}`, {
      guardian: c.patient.user.id,
    });
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.otherPatient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:30',
    });
    await guardian.waitFor(
      'appointment.created',
      (data) => (data as { id: number }).id === booked.body.id,
    );
  });
});
