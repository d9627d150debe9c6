import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic, GOOD_PASSWORD } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter).
let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
});
afterEach(() => t.close());

async function book(time: string, token = c.staff.token) {
  const res = await client(t.app, token).post('/api/appointments', {
    patient: c.patient.user.id,
    dentist: c.dentist.user.id,
    date: '2026-12-02',
    time,
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body as { id: number };
}

const audit = (query = '') => client(t.app, c.owner.token).get(`/api/audit${query}`);

describe('the audit log', () => {
  it('lists every change to every appointment, newest first, with who and whose', async () => {
    const first = await book('09:00');
    t.clock.now += 60_000;
    await client(t.app, c.owner.token).patch(`/api/appointments/${first.id}`, {
      status: 'cancelled',
      reason: 'Patient called in sick',
    });
    const res = await audit();
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.results).toEqual([
      expect.objectContaining({
        at: '2026-11-25T10:01:00.000Z',
        actor: c.owner.user.id,
        actor_name: 'Olivia Owner',
        action: 'updated',
        appointment: first.id,
        patient: c.patient.user.id,
        patient_name: 'Ana Lima',
        date: '2026-12-02',
        time: '09:00',
        changes: { status: ['confirmed', 'cancelled'] },
        reason: 'Patient called in sick',
      }),
      expect.objectContaining({
        actor: c.staff.user.id,
        actor_name: 'Maria Costa',
        action: 'created',
        changes: expect.objectContaining({ status: [null, 'confirmed'] }),
      }),
    ]);
  });

  it('still names the patient and slot of an appointment that was deleted', async () => {
    const gone = await book('11:00');
    expect((await client(t.app, c.staff.token).delete(`/api/appointments/${gone.id}`)).status).toBe(
      204,
    );
    const res = await audit(`?appointment=${gone.id}`);
    expect(res.body.results.map((e: { action: string }) => e.action)).toEqual([
      'deleted',
      'created',
    ]);
    for (const entry of res.body.results) {
      expect(entry).toMatchObject({
        patient: c.patient.user.id,
        patient_name: 'Ana Lima',
        date: '2026-12-02',
        time: '11:00',
      });
    }
  });

  it('filters by person, action and clinic day', async () => {
    await book('09:00', c.staff.token);
    // 00:30 on the 26th in Lisbon; yesterday's sessions have lapsed, so the owner signs in anew.
    t.clock.now = Date.parse('2026-11-26T00:30:00.000Z');
    const login = await client(t.app).post('/api/auth/login', {
      email: c.owner.user.email,
      password: GOOD_PASSWORD,
    });
    const owner = login.body.token as string;
    await book('10:00', owner);
    const actors = async (query: string) =>
      (await client(t.app, owner).get(`/api/audit${query}`)).body.results.map(
        (e: { actor: number }) => e.actor,
      );
    expect(await actors(`?actor=${c.staff.user.id}`)).toEqual([c.staff.user.id]);
    expect(await actors('?action=deleted')).toEqual([]);
    expect(await actors('?date_from=2026-11-26&date_to=2026-11-26')).toEqual([c.owner.user.id]);
    expect(await actors('?date_to=2026-11-25')).toEqual([c.staff.user.id]);
    const paged = await client(t.app, owner).get('/api/audit?page_size=1');
    expect(paged.body).toMatchObject({ count: 2, previous: null });
    expect(paged.body.next).toContain('page=2');
  });

  it('is the owner’s alone', async () => {
    expect((await client(t.app, c.staff.token).get('/api/audit')).status).toBe(403);
    expect((await client(t.app, c.patient.token).get('/api/audit')).status).toBe(403);
    expect((await client(t.app).get('/api/audit')).status).toBe(401);
  });

  it('refuses filters that are not real values', async () => {
    for (const query of ['?action=edited', '?date_from=2026-02-30', '?actor=abc', '?page=0']) {
      const res = await audit(query);
      expect(res.status, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});
