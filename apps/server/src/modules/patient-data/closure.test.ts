import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon.
const { t, c } = clinicPerTest();

async function book(patient: number, date: string, time = '09:00') {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient,
    dentist: c.dentist.user.id,
    date,
    time,
    status: 'confirmed',
    override_availability: true,
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body as { id: number };
}

const requestOf = (id: number) => `/api/users/${id}/closure-request`;

describe('a patient’s request to close their account', () => {
  it('is made by the patient, seen by the team, and withdrawn while open', async () => {
    const me = c.patient.user.id;
    const made = await client(t.app, c.patient.token).post(requestOf(me), {
      reason: 'Moving abroad',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ patient: me, status: 'open', reason: 'Moving abroad' });
    const again = await client(t.app, c.patient.token).post(requestOf(me), {});
    expect(again.status).toBe(409);

    const own = await client(t.app, c.patient.token).get(requestOf(me));
    expect(own.body).toMatchObject({ closed_at: null, request: { status: 'open' } });
    for (const token of [c.owner.token, c.staff.token]) {
      const list = await client(t.app, token).get('/api/closure-requests');
      expect(list.status).toBe(200);
      expect(list.body).toEqual([
        expect.objectContaining({ patient: me, patient_name: 'Ana Lima', reason: 'Moving abroad' }),
      ]);
    }
    const asPatient = await client(t.app, c.patient.token).get('/api/closure-requests');
    expect(asPatient.status).toBe(403);

    const withdrawn = await client(t.app, c.patient.token).delete(requestOf(me));
    expect(withdrawn.status).toBe(204);
    expect((await client(t.app, c.owner.token).get('/api/closure-requests')).body).toEqual([]);
    expect((await client(t.app, c.patient.token).get(requestOf(me))).body.request).toBeNull();
    expect((await client(t.app, c.patient.token).delete(requestOf(me))).status).toBe(404);
  });

  it('is the patient’s own: another patient gets 404, the team 403', async () => {
    const me = c.patient.user.id;
    expect((await client(t.app, c.otherPatient.token).post(requestOf(me), {})).status).toBe(404);
    expect((await client(t.app, c.otherPatient.token).get(requestOf(me))).status).toBe(404);
    expect((await client(t.app, c.staff.token).post(requestOf(me), {})).status).toBe(403);
    const colleague = await client(t.app, c.owner.token).get(requestOf(c.staff.user.id));
    expect(colleague.status).toBe(404);
    const long = await client(t.app, c.patient.token).post(requestOf(me), {
      reason: 'x'.repeat(1001),
    });
    expect(long.status).toBe(400);
  });

  it('is audited without the patient’s words', async () => {
    const me = c.patient.user.id;
    await client(t.app, c.patient.token).post(requestOf(me), { reason: 'Very private reason' });
    await client(t.app, c.patient.token).delete(requestOf(me));
    const log = await client(t.app, c.owner.token).get('/api/audit?subject=account');
    const mine = log.body.results.filter((e: { subject_id: number }) => e.subject_id === me);
    expect(mine.map((e: { changes: unknown }) => e.changes)).toEqual(
      expect.arrayContaining([
        { closure_request: [null, 'open'] },
        { closure_request: ['open', 'withdrawn'] },
      ]),
    );
    expect(JSON.stringify(log.body)).not.toContain('Very private reason');
  });
});

describe('closing a patient’s account', () => {
  it('anonymises the person, ends their sessions, keeps past visits and cancels coming ones', async () => {
    const me = c.patient.user.id;
    const email = c.patient.user.email;
    await client(t.app, c.staff.token).patch(`/api/users/${me}`, {
      medical_alerts: ['Penicillin allergy'],
      notes: 'Nervous',
      date_of_birth: '1950-03-14',
      phone: '912 345 678',
    });
    const past = await book(me, '2026-11-25', '11:00');
    await client(t.app, c.staff.token).patch(`/api/appointments/${past.id}`, {
      status: 'completed',
    });
    const coming = await book(me, '2026-12-02');
    const others = await book(c.otherPatient.user.id, '2026-12-02', '11:00');
    await client(t.app, c.patient.token).post(requestOf(me), { reason: 'Moving abroad' });

    t.clock.now += 60_000;
    const closed = await client(t.app, c.owner.token).post(`/api/users/${me}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual({
      id: me,
      name: `Former patient #${me}`,
      closed_at: '2026-11-25T10:01:00.000Z',
      cancelled_visits: 1,
    });

    expect((await client(t.app, c.patient.token).get('/api/auth/me')).status).toBe(401);
    const login = await client(t.app).post('/api/auth/login', {
      email,
      password: 'molar-crown-lisbon-42',
    });
    expect(login.status).toBe(401);

    const account = await client(t.app, c.owner.token).get(`/api/users/${me}`);
    expect(account.body).toMatchObject({
      name: `Former patient #${me}`,
      email: '',
      phone: '',
      is_active: false,
      language: null,
      date_of_birth: null,
      contact_channel: null,
      medical_alerts: [],
      notes: '',
    });

    const kept = await client(t.app, c.staff.token).get(`/api/appointments/${past.id}`);
    expect(kept.body).toMatchObject({ status: 'completed', patient_name: `Former patient #${me}` });
    const cancelled = await client(t.app, c.staff.token).get(`/api/appointments/${coming.id}`);
    expect(cancelled.body.status).toBe('cancelled');
    const history = await client(t.app, c.staff.token).get(
      `/api/appointments/${coming.id}/history`,
    );
    expect(history.body.at(-1)).toMatchObject({
      actor: c.owner.user.id,
      changes: { status: ['confirmed', 'cancelled'] },
      reason: 'account closed',
    });
    const untouched = await client(t.app, c.staff.token).get(`/api/appointments/${others.id}`);
    expect(untouched.body.status).toBe('confirmed');

    expect((await client(t.app, c.owner.token).get('/api/closure-requests')).body).toEqual([]);
    const status = await client(t.app, c.owner.token).get(requestOf(me));
    expect(status.body).toEqual({ closed_at: '2026-11-25T10:01:00.000Z', request: null });
  });

  it('anonymises the audit log’s entries about the person, and records the closing without them', async () => {
    const me = c.patient.user.id;
    await client(t.app, c.staff.token).patch(`/api/users/${me}`, {
      medical_alerts: ['Penicillin allergy'],
      date_of_birth: '1950-03-14',
    });
    await client(t.app, c.staff.token).get(`/api/patients/${me}/record`);
    await client(t.app, c.owner.token).post(`/api/users/${me}/close`);

    const log = await client(t.app, c.owner.token).get('/api/audit?subject=account');
    const mine = log.body.results.filter((e: { subject_id: number }) => e.subject_id === me);
    expect(mine.length).toBeGreaterThanOrEqual(3);
    for (const entry of mine) expect(entry.subject_name).toBe(`Former patient #${me}`);
    const text = JSON.stringify(log.body);
    for (const personal of ['Ana Lima', 'Penicillin', '1950-03-14', c.patient.user.email]) {
      expect(text).not.toContain(personal);
    }
    expect(mine[0]).toMatchObject({
      action: 'closed',
      actor: c.owner.user.id,
      changes: { cancelled_visits: [null, 0] },
    });
    const updated = mine.find((e: { action: string }) => e.action === 'updated');
    expect(updated.changes.medical_alerts).toEqual([null, 'erased']);
  });

  it('frees the email, which can register again as a new account', async () => {
    const me = c.patient.user.id;
    const email = c.patient.user.email;
    await client(t.app, c.owner.token).post(`/api/users/${me}/close`);
    const again = await client(t.app).post('/api/auth/register', {
      email,
      password: 'molar-crown-lisbon-42',
      name: 'Ana Lima',
    });
    expect(again.status).toBe(201);
    expect(again.body.user.id).not.toBe(me);
  });

  it('leaves nothing to type back in: the closed account cannot be edited', async () => {
    const me = c.patient.user.id;
    await client(t.app, c.owner.token).post(`/api/users/${me}/close`);
    for (const body of [{ name: 'Ana Lima' }, { is_active: true }, { email: 'ana@example.com' }]) {
      const res = await client(t.app, c.owner.token).patch(`/api/users/${me}`, body);
      expect(res.status, JSON.stringify(body)).toBe(409);
      expect(res.body.code).toBe('already_closed');
    }
    const account = await client(t.app, c.staff.token).get(`/api/users/${me}`);
    expect(account.body).toMatchObject({ name: `Former patient #${me}`, is_active: false });
  });

  it('is the owner’s alone, for patients only, and only once', async () => {
    const me = c.patient.user.id;
    const byStaff = await client(t.app, c.staff.token).post(`/api/users/${me}/close`);
    expect(byStaff.status).toBe(403);
    const bySelf = await client(t.app, c.patient.token).post(`/api/users/${me}/close`);
    expect(bySelf.status).toBe(403);
    const byOther = await client(t.app, c.otherPatient.token).post(`/api/users/${me}/close`);
    expect(byOther.status).toBe(404);
    const owner = await client(t.app, c.owner.token).post(`/api/users/${c.owner.user.id}/close`);
    expect(owner.status).toBe(409);
    expect(owner.body.code).toBe('not_a_patient');
    const staff = await client(t.app, c.owner.token).post(`/api/users/${c.staff.user.id}/close`);
    expect(staff.status).toBe(409);
    expect((await client(t.app, c.staff.token).get('/api/auth/me')).status).toBe(200);

    expect((await client(t.app, c.owner.token).post(`/api/users/${me}/close`)).status).toBe(200);
    const twice = await client(t.app, c.owner.token).post(`/api/users/${me}/close`);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('already_closed');
    const log = await client(t.app, c.owner.token).get('/api/audit?action=closed');
    expect(log.body.count).toBe(1);
  });

  it('waits for a guardian’s dependants, and takes a closed dependant out of the family', async () => {
    const guardian = c.patient.user.id;
    const added = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
    });
    expect(added.status).toBe(201);
    const child = (added.body as { id: number }).id;

    const refused = await client(t.app, c.owner.token).post(`/api/users/${guardian}/close`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('family_link');
    expect((await client(t.app, c.patient.token).get('/api/auth/me')).status).toBe(200);

    expect((await client(t.app, c.owner.token).post(`/api/users/${child}/close`)).status).toBe(200);
    const family = await client(t.app, c.patient.token).get('/api/users/me/dependants');
    expect(family.body).toEqual([]);
    expect((await client(t.app, c.owner.token).post(`/api/users/${guardian}/close`)).status).toBe(
      200,
    );
  });

  it('keeps the audit log append-only for every account still open', async () => {
    const me = c.patient.user.id;
    await client(t.app, c.staff.token).patch(`/api/users/${me}`, { notes: 'x' });
    const db = t.ctx.db.kysely;
    await expect(
      db.updateTable('auditEvents').set({ subjectName: 'Someone else' }).execute(),
    ).rejects.toThrow(/append-only/);
    await client(t.app, c.owner.token).post(`/api/users/${me}/close`);
    await expect(
      db
        .updateTable('auditEvents')
        .set({ action: 'deleted' })
        .where('subjectId', '=', me)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.deleteFrom('auditEvents').where('subjectId', '=', me).execute(),
    ).rejects.toThrow(/append-only/);
  });
});
