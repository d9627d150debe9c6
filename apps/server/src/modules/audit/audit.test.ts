import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD } from '../../test/factories.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter).
const { t, c } = clinicPerTest();

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
    const res = await audit('?subject=appointment');
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.results).toEqual([
      expect.objectContaining({
        at: '2026-11-25T10:01:00.000Z',
        actor: c.owner.user.id,
        actor_name: 'Olivia Owner',
        action: 'updated',
        subject: 'appointment',
        subject_id: first.id,
        subject_name: 'Ana Lima',
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
      (await client(t.app, owner).get(`/api/audit?subject=appointment${query}`)).body.results.map(
        (e: { actor: number }) => e.actor,
      );
    expect(await actors(`&actor=${c.staff.user.id}`)).toEqual([c.staff.user.id]);
    expect(await actors('&action=deleted')).toEqual([]);
    expect(await actors('&date_from=2026-11-26&date_to=2026-11-26')).toEqual([c.owner.user.id]);
    expect(await actors('&date_to=2026-11-25')).toEqual([c.staff.user.id]);
    const paged = await client(t.app, owner).get('/api/audit?subject=appointment&page_size=1');
    expect(paged.body).toMatchObject({ count: 2, previous: null });
    expect(paged.body.next).toContain('page=2');
  });

  it('records accounts created and changed, and that a password changed but never what to', async () => {
    const owner = client(t.app, c.owner.token);
    await owner.patch(`/api/users/${c.staff.user.id}`, { role: 'staff', is_active: false });
    await owner.patch(`/api/users/${c.dentist.user.id}`, { password: 'a-brand-new-molar-9' });
    const res = await audit('?subject=account');
    const [password, deactivated] = res.body.results;
    expect(password).toMatchObject({
      actor: c.owner.user.id,
      action: 'updated',
      subject_id: c.dentist.user.id,
      subject_name: 'Dr. Sam Reed',
      changes: { password: [null, 'changed'] },
      appointment: null,
    });
    expect(deactivated).toMatchObject({
      subject_name: 'Maria Costa',
      changes: { is_active: [true, false] },
    });
    const created = res.body.results.filter((e: { action: string }) => e.action === 'created');
    // The owner set up the clinic; the team was added by the owner, patients registered.
    expect(created).toHaveLength(6);
    expect(
      created.find((e: { subject_id: number }) => e.subject_id === c.staff.user.id),
    ).toMatchObject({
      actor: c.owner.user.id,
      changes: expect.objectContaining({
        role: [null, 'staff'],
        email: [null, c.staff.user.email],
      }),
    });
    expect(
      created.find((e: { subject_id: number }) => e.subject_id === c.patient.user.id),
    ).toMatchObject({
      actor: c.patient.user.id,
    });
    expect(JSON.stringify(res.body)).not.toContain('a-brand-new-molar-9');
  });

  it('records services changed and deleted, under the name they had', async () => {
    const owner = client(t.app, c.owner.token);
    const whitening = (
      await owner.post('/api/services', {
        name: 'Whitening',
        duration_minutes: 60,
        price: '150.00',
      })
    ).body;
    await owner.patch(`/api/services/${whitening.id}`, { price: '165.00' });
    await owner.delete(`/api/services/${whitening.id}`);
    const res = await audit('?subject=service');
    expect(res.body.results.slice(0, 3)).toEqual([
      expect.objectContaining({
        action: 'deleted',
        subject_name: 'Whitening',
        changes: expect.objectContaining({ price: ['165.00', null] }),
      }),
      expect.objectContaining({
        action: 'updated',
        subject_id: whitening.id,
        changes: { price: ['150.00', '165.00'] },
      }),
      expect.objectContaining({ action: 'created', subject_name: 'Whitening' }),
    ]);
  });

  it('records changes to the clinic’s settings, and only what changed', async () => {
    await client(t.app, c.owner.token).patch('/api/clinic', {
      name: 'Bright Smile Dental – Baixa',
      reminder_lead_hours: 24,
    });
    const res = await audit('?subject=clinic');
    expect(res.body.results[0]).toMatchObject({
      action: 'updated',
      subject: 'clinic',
      subject_id: null,
      subject_name: 'Bright Smile Dental – Baixa',
      changes: { name: ['Bright Smile Dental', 'Bright Smile Dental – Baixa'] },
    });
    expect(res.body.results[1]).toMatchObject({ action: 'created', actor: c.owner.user.id });
  });

  it('cannot be rewritten or erased, even by direct SQL', async () => {
    const db = t.ctx.db.kysely;
    await expect(sql`update audit_events set changes = '{}'`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_events`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('is the owner’s alone', async () => {
    expect((await client(t.app, c.staff.token).get('/api/audit')).status).toBe(403);
    expect((await client(t.app, c.patient.token).get('/api/audit')).status).toBe(403);
    expect((await client(t.app).get('/api/audit')).status).toBe(401);
  });

  it('refuses filters that are not real values', async () => {
    for (const query of [
      '?action=edited',
      '?subject=invoice',
      '?date_from=2026-02-30',
      '?date_to=9999-12-31',
      '?date_from=1999-12-31',
      '?actor=abc',
      '?page=0',
    ]) {
      const res = await audit(query);
      expect(res.status, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('names the span of days it accepts', async () => {
    const res = await audit('?date_to=9999-12-31');
    expect(res.body.errors).toEqual({ date_to: 'Choose a date from 2000-01-01 to 2099-12-31.' });
  });
});
