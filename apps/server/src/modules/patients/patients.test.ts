import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (Portugal).
const { t, c } = clinicPerTest();

async function registerByPhone(name = 'Rosa Pires', phone = '912 345 678') {
  const res = await client(t.app, c.staff.token).post('/api/users', {
    name,
    phone,
    role: 'patient',
  });
  if (res.status !== 201) throw new Error(`registration failed: ${res.raw.body}`);
  return res.body as { id: number; email: string; phone: string };
}

async function book(patient: number, date = '2026-12-02', time = '09:00') {
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

const ALERTS = { medical_alerts: ['Penicillin allergy', 'Anticoagulants'] };

describe('patients registered with a phone number only', () => {
  it('are created by staff without an email, as many as needed', async () => {
    const rosa = await registerByPhone();
    const rui = await registerByPhone('Rui Pires', '+351 213 000 000');
    expect(rosa).toMatchObject({ email: '', phone: '912 345 678' });
    expect(rui.email).toBe('');
    const read = await client(t.app, c.staff.token).get(`/api/users/${rosa.id}`);
    expect(read.body).toMatchObject({ email: '', phone: '912 345 678' });
  });

  it('refuses an account with neither an email nor a phone, naming the field', async () => {
    const res = await client(t.app, c.staff.token).post('/api/users', {
      name: 'Nobody',
      role: 'patient',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ phone: 'Enter an email address or a phone number.' });
  });

  it('refuses staff without an email: they sign in with it', async () => {
    const res = await client(t.app, c.owner.token).post('/api/users', {
      name: 'Phone Only',
      phone: '912 345 678',
      role: 'staff',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('email');
  });

  it('refuses a phone that is not a phone number, and writes nothing', async () => {
    const res = await client(t.app, c.staff.token).post('/api/users', {
      name: 'Garbage',
      phone: 'not a phone !!!',
      role: 'patient',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ phone: expect.stringContaining('phone number') });
    const list = await client(t.app, c.staff.token).get('/api/users?search=garbage');
    expect(list.body.count).toBe(0);
    const patch = await client(t.app, c.patient.token).patch(`/api/users/${c.patient.user.id}`, {
      phone: '12',
    });
    expect(patch.status).toBe(400);
  });

  it('gain an email later through the usual change, and cannot lose their phone before', async () => {
    const rosa = await registerByPhone();
    const noPhone = await client(t.app, c.staff.token).patch(`/api/users/${rosa.id}`, {
      phone: '',
    });
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.errors).toHaveProperty('phone');
    const toStaff = await client(t.app, c.owner.token).patch(`/api/users/${rosa.id}`, {
      role: 'staff',
    });
    expect(toStaff.status).toBe(400);
    const withEmail = await client(t.app, c.staff.token).patch(`/api/users/${rosa.id}`, {
      email: 'Rosa.Pires@example.com',
    });
    expect(withEmail.status).toBe(200);
    expect(withEmail.body.email).toBe('rosa.pires@example.com');
  });
});

describe('searching by phone number', () => {
  it('finds a patient by any part of their number, however either is written', async () => {
    const rosa = await registerByPhone('Rosa Pires', '+351 912-345-678');
    for (const search of ['912 345', '2345', '(912)34', '351912345678']) {
      const res = await client(t.app, c.staff.token).get(
        `/api/users?role=patient&search=${encodeURIComponent(search)}`,
      );
      expect(res.body.results.map((u: { id: number }) => u.id)).toEqual([rosa.id]);
    }
    // Fewer than three digits match names and emails only (other accounts' generated emails
    // may hold any two digits, so only Rosa, who has no email, is sure not to match).
    const short = await client(t.app, c.staff.token).get('/api/users?search=91&page_size=100');
    expect(short.status).toBe(200);
    expect(short.body.results.map((u: { id: number }) => u.id)).not.toContain(rosa.id);
  });

  it('finds a patient’s appointments in the book by their number', async () => {
    const rosa = await registerByPhone('Rosa Pires', '912 345 678');
    const visit = await book(rosa.id);
    await book(c.patient.user.id, '2026-12-02', '11:00');
    const res = await client(t.app, c.staff.token).get('/api/appointments?search=345%20678');
    expect(res.body.results.map((a: { id: number }) => a.id)).toEqual([visit.id]);
    expect(res.body.results[0].patient_email).toBe('');
  });
});

describe('a patient’s health data', () => {
  it('is read whole by the team and by its patient, notes included; nobody else', async () => {
    const id = c.patient.user.id;
    const set = await client(t.app, c.staff.token).patch(`/api/users/${id}`, {
      ...ALERTS,
      notes: 'Anxious; prefers mornings.',
      date_of_birth: '1950-03-14',
      contact_channel: 'sms',
      phone: '912 345 678',
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      ...ALERTS,
      notes: 'Anxious; prefers mornings.',
      date_of_birth: '1950-03-14',
      contact_channel: 'sms',
    });

    const own = await client(t.app, c.patient.token).get(`/api/users/${id}`);
    expect(own.body).toMatchObject({ ...ALERTS, date_of_birth: '1950-03-14' });
    expect(own.body.notes).toBe('Anxious; prefers mornings.');
    const other = await client(t.app, c.otherPatient.token).get(`/api/users/${id}`);
    expect(other.status).toBe(404);
    const forbidden = await client(t.app, c.patient.token).patch(`/api/users/${id}`, {
      medical_alerts: [],
    });
    expect(forbidden.status).toBe(403);
  });

  it('travels with appointments to the team only', async () => {
    await client(t.app, c.staff.token).patch(`/api/users/${c.patient.user.id}`, ALERTS);
    const { id } = await book(c.patient.user.id);
    const team = await client(t.app, c.staff.token).get(`/api/appointments/${id}`);
    expect(team.body.patient_medical_alerts).toEqual(ALERTS.medical_alerts);
    const list = await client(t.app, c.owner.token).get('/api/appointments');
    expect(list.body.results[0].patient_medical_alerts).toEqual(ALERTS.medical_alerts);
    const own = await client(t.app, c.patient.token).get(`/api/appointments/${id}`);
    expect(own.status).toBe(200);
    expect(own.body).not.toHaveProperty('patient_medical_alerts');
    const ownList = await client(t.app, c.patient.token).get('/api/appointments');
    expect(ownList.body.results[0]).not.toHaveProperty('patient_medical_alerts');
    const dashboard = await client(t.app, c.patient.token).get('/api/dashboard');
    expect(JSON.stringify(dashboard.body)).not.toContain('Penicillin');
  });

  it('refuses what cannot be true, naming the field, and changes nothing', async () => {
    const id = c.patient.user.id;
    const cases: [Record<string, unknown>, string][] = [
      [{ date_of_birth: '2026-11-26' }, 'date_of_birth'],
      [{ date_of_birth: '1990-02-30' }, 'date_of_birth'],
      [{ medical_alerts: ['x'.repeat(81)] }, 'medical_alerts'],
      [{ contact_channel: 'sms' }, 'contact_channel'],
      [{ contact_channel: 'fax' }, 'contact_channel'],
      [{ notes: 'x'.repeat(4001) }, 'notes'],
    ];
    for (const [body, field] of cases) {
      const res = await client(t.app, c.staff.token).patch(`/api/users/${id}`, {
        ...body,
        name: 'Changed Name',
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.errors ?? {}), JSON.stringify(body)).toContain(field);
    }
    const read = await client(t.app, c.staff.token).get(`/api/users/${id}`);
    expect(read.body.name).toBe('Ana Lima');
  });

  it('keeps alerts trimmed and once each', async () => {
    const res = await client(t.app, c.staff.token).patch(`/api/users/${c.patient.user.id}`, {
      medical_alerts: [' Pacemaker ', '', 'pacemaker', 'Latex  allergy'],
    });
    expect(res.body.medical_alerts).toEqual(['Pacemaker', 'Latex allergy']);
  });
});

describe('the audit log of a patient’s record', () => {
  const auditOf = async (subjectId: number) =>
    (await client(t.app, c.owner.token).get('/api/audit?subject=account')).body.results.filter(
      (entry: { subject_id: number }) => entry.subject_id === subjectId,
    );

  it('keeps each change, with the alerts but without the notes’ text', async () => {
    const id = c.patient.user.id;
    await client(t.app, c.staff.token).patch(`/api/users/${id}`, {
      ...ALERTS,
      notes: 'Very private words',
      date_of_birth: '1950-03-14',
    });
    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({
      action: 'updated',
      actor: c.staff.user.id,
      changes: {
        medical_alerts: [null, ALERTS.medical_alerts],
        notes: [null, 'changed'],
        date_of_birth: [null, '1950-03-14'],
      },
    });
    expect(JSON.stringify(entry)).not.toContain('Very private words');
  });

  it('keeps each opening of the record by the team, who and when', async () => {
    const rosa = await registerByPhone();
    t.clock.now += 60_000;
    const res = await client(t.app, c.staff.token).get(`/api/patients/${rosa.id}/record`);
    expect(res.status).toBe(200);
    const [opened] = await auditOf(rosa.id);
    expect(opened).toMatchObject({
      action: 'opened',
      actor: c.staff.user.id,
      actor_name: 'Maria Costa',
      subject: 'account',
      subject_name: 'Rosa Pires',
      at: '2026-11-25T10:01:00.000Z',
      changes: {},
    });
    const filtered = await client(t.app, c.owner.token).get('/api/audit?action=opened');
    expect(filtered.body.count).toBe(1);
  });

  it('answers 404, and records nothing, when someone else asks', async () => {
    const rosa = await registerByPhone();
    const asPatient = await client(t.app, c.patient.token).get(`/api/patients/${rosa.id}/record`);
    expect(asPatient.status).toBe(404);
    const own = await client(t.app, c.patient.token).get(
      `/api/patients/${c.patient.user.id}/record`,
    );
    expect(own.status).toBe(404);
    const colleague = await client(t.app, c.staff.token).get(
      `/api/patients/${c.dentist.user.id}/record`,
    );
    expect(colleague.status).toBe(404);
    const log = await client(t.app, c.owner.token).get('/api/audit?action=opened');
    expect(log.body.count).toBe(0);
  });
});

describe('the record page’s answer', () => {
  it('carries the details, every visit newest first with its outcome, and the counts', async () => {
    const id = c.patient.user.id;
    await client(t.app, c.staff.token).patch(`/api/users/${id}`, { ...ALERTS, notes: 'Nervous' });
    // Today's visits can already be marked; the test clock stands at 10:00 on 25 November.
    const early = await book(id, '2026-11-25', '11:00');
    const middle = await book(id, '2026-11-25', '12:00');
    const late = await book(id, '2026-12-03', '09:00');
    await client(t.app, c.staff.token).patch(`/api/appointments/${early.id}`, {
      status: 'no_show',
    });
    await client(t.app, c.staff.token).patch(`/api/appointments/${middle.id}`, {
      status: 'completed',
    });

    const res = await client(t.app, c.staff.token).get(`/api/patients/${id}/record`);
    expect(res.status).toBe(200);
    expect(res.body.patient).toMatchObject({ id, name: 'Ana Lima', ...ALERTS, notes: 'Nervous' });
    expect(res.body.visits.map((v: { id: number; status: string }) => [v.id, v.status])).toEqual([
      [late.id, 'confirmed'],
      [middle.id, 'completed'],
      [early.id, 'no_show'],
    ]);
    expect(res.body.visits[0].patient_medical_alerts).toEqual(ALERTS.medical_alerts);
    expect(res.body.counts).toEqual({
      visits: 3,
      completed: 1,
      no_show: 1,
      cancelled: 0,
      upcoming: 1,
    });
  });
});
