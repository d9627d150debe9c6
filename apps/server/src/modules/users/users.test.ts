import { beforeEach, describe, expect, it } from 'vitest';
import {
  createStaff,
  GOOD_PASSWORD,
  registerPatient,
  type SignedIn,
  setUpOwner,
  uniqueEmail,
} from '../../test/factories.ts';
import { appPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

const t = appPerTest();
let owner: SignedIn;
let staff: SignedIn;
let patient: SignedIn;
let otherPatient: SignedIn;

beforeEach(async () => {
  owner = await setUpOwner(t.app);
  staff = await createStaff(t.app, owner.token, { name: 'Maria Costa' });
  patient = await registerPatient(t.app, 'Ana Lima');
  otherPatient = await registerPatient(t.app, 'Ben Novak');
});

describe('GET /api/users', () => {
  it('pages users for the owner, DRF style, with working next links', async () => {
    const res = await client(t.app, owner.token).get('/api/users?page_size=2');
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(4);
    expect(res.body.results).toHaveLength(2);
    expect(res.body.previous).toBeNull();
    // Links are relative to the server's root unless PUBLIC_URL is set.
    const next = new URL(res.body.next as string, 'http://localhost');
    expect(next.searchParams.get('page')).toBe('2');
    expect(next.searchParams.get('page_size')).toBe('2');
    const second = await client(t.app, owner.token).get(`${next.pathname}${next.search}`);
    expect(second.body.results).toHaveLength(2);
    expect(second.body.next).toBeNull();
    expect(second.body.previous).toEqual(expect.stringContaining('page=1'));
  });

  it('lets staff search patients by name or email for the patient picker', async () => {
    const byName = await client(t.app, staff.token).get('/api/users?role=patient&search=lima');
    expect(byName.body.results).toEqual([expect.objectContaining({ id: patient.user.id })]);
    const byEmail = await client(t.app, staff.token).get(
      `/api/users?role=patient&search=${encodeURIComponent(otherPatient.user.email.toUpperCase())}`,
    );
    expect(byEmail.body.results).toEqual([expect.objectContaining({ id: otherPatient.user.id })]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    const res = await client(t.app, staff.token).get('/api/users?search=%25');
    expect(res.body.count).toBe(0);
  });

  it('refuses patients with 403', async () => {
    expect((await client(t.app, patient.token).get('/api/users')).status).toBe(403);
  });

  it('refuses a page size above 200', async () => {
    const res = await client(t.app, owner.token).get('/api/users?page_size=201');
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('page_size');
  });
});

describe('POST /api/users', () => {
  it('lets the owner create a dentist on the staff who can then sign in', async () => {
    const email = uniqueEmail();
    const res = await client(t.app, owner.token).post('/api/users', {
      email,
      name: 'Dr. Sam Reed',
      role: 'staff',
      is_dentist: true,
      password: GOOD_PASSWORD,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ role: 'staff', is_dentist: true, is_active: true });
    const login = await client(t.app).post('/api/auth/login', { email, password: GOOD_PASSWORD });
    expect(login.status).toBe(200);
    const dentists = await client(t.app, patient.token).get('/api/dentists');
    expect(dentists.body).toEqual([
      { id: res.body.id, name: 'Dr. Sam Reed', colour: 'grape', is_active: true },
    ]);
  });

  it('never creates a second owner', async () => {
    const res = await client(t.app, owner.token).post('/api/users', {
      email: uniqueEmail(),
      name: 'Usurper',
      role: 'owner',
    });
    expect(res.status).toBe(403);
  });

  it('lets staff register patients but not staff', async () => {
    const patientRes = await client(t.app, staff.token).post('/api/users', {
      email: uniqueEmail(),
      name: 'Walk-in',
      role: 'patient',
      phone: '+351 911 000 000',
    });
    expect(patientRes.status).toBe(201);
    const staffRes = await client(t.app, staff.token).post('/api/users', {
      email: uniqueEmail(),
      name: 'Friend',
      role: 'staff',
    });
    expect(staffRes.status).toBe(403);
  });

  it('refuses patients with 403 and a taken email with 409', async () => {
    const refused = await client(t.app, patient.token).post('/api/users', {
      email: uniqueEmail(),
      name: 'X',
      role: 'patient',
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'forbidden',
      detail: 'You are not allowed to do this.',
    });
    const taken = await client(t.app, owner.token).post('/api/users', {
      email: patient.user.email,
      name: 'X',
      role: 'patient',
    });
    expect(taken.status).toBe(409);
  });

  it('refuses marking a patient as dentist', async () => {
    const res = await client(t.app, owner.token).post('/api/users', {
      email: uniqueEmail(),
      name: 'X',
      role: 'patient',
      is_dentist: true,
    });
    expect(res.status).toBe(400);
  });
});

describe('GET /api/users/{id}', () => {
  it('lets a patient read themselves but answers 404 for anyone else', async () => {
    expect((await client(t.app, patient.token).get(`/api/users/${patient.user.id}`)).status).toBe(
      200,
    );
    expect(
      (await client(t.app, patient.token).get(`/api/users/${otherPatient.user.id}`)).status,
    ).toBe(404);
    expect((await client(t.app, patient.token).get(`/api/users/${staff.user.id}`)).status).toBe(
      404,
    );
    expect((await client(t.app, patient.token).get('/api/users/99999')).status).toBe(404);
  });

  it('lets the clinic team read anyone', async () => {
    expect((await client(t.app, staff.token).get(`/api/users/${owner.user.id}`)).status).toBe(200);
  });

  it('answers 400 for an id that is not a number', async () => {
    expect((await client(t.app, owner.token).get('/api/users/abc')).status).toBe(400);
  });
});

describe('PATCH /api/users/{id}', () => {
  it('lets a patient change their own name, phone and password only', async () => {
    const me = client(t.app, patient.token);
    const ok = await me.patch(`/api/users/${patient.user.id}`, {
      name: 'Ana M. Lima',
      phone: '+351 900 000 000',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Ana M. Lima', phone: '+351 900 000 000' });
    expect((await me.patch(`/api/users/${patient.user.id}`, { role: 'staff' })).status).toBe(403);
    expect((await me.patch(`/api/users/${patient.user.id}`, { is_dentist: true })).status).toBe(
      403,
    );
    expect((await me.patch(`/api/users/${otherPatient.user.id}`, { name: 'Hacked' })).status).toBe(
      404,
    );
  });

  it('keeps the patient signed in here but signs them out elsewhere after a password change', async () => {
    const elsewhere = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: GOOD_PASSWORD,
    });
    const res = await client(t.app, patient.token).patch(`/api/users/${patient.user.id}`, {
      password: 'new-molar-crown-99',
      current_password: GOOD_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect((await client(t.app, patient.token).get('/api/auth/me')).status).toBe(200);
    expect((await client(t.app, elsewhere.body.token as string).get('/api/auth/me')).status).toBe(
      401,
    );
    const login = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: 'new-molar-crown-99',
    });
    expect(login.status).toBe(200);
  });

  it('asks for the current password before a user changes their own', async () => {
    const me = client(t.app, patient.token);
    const missing = await me.patch(`/api/users/${patient.user.id}`, {
      password: 'new-molar-crown-99',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toHaveProperty('current_password');
    const wrong = await me.patch(`/api/users/${patient.user.id}`, {
      password: 'new-molar-crown-99',
      current_password: 'not-my-password-1',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.current_password).toMatch(/current password/i);
    const login = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: GOOD_PASSWORD,
    });
    expect(login.status).toBe(200);
  });

  it('counts wrong current passwords as failed sign-ins, so a session cannot guess them', async () => {
    const me = client(t.app, staff.token);
    for (let i = 0; i < 5; i++) {
      const wrong = await me.patch(`/api/users/${staff.user.id}`, {
        password: 'new-molar-crown-99',
        current_password: `guess-number-${i}`,
      });
      expect(wrong.status).toBe(400);
    }
    const throttled = await me.patch(`/api/users/${staff.user.id}`, {
      password: 'new-molar-crown-99',
      current_password: GOOD_PASSWORD,
    });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('signs a user out everywhere at once when the owner resets their password', async () => {
    const res = await client(t.app, owner.token).patch(`/api/users/${staff.user.id}`, {
      password: 'new-molar-crown-99',
    });
    expect(res.status).toBe(200);
    expect((await client(t.app, staff.token).get('/api/auth/me')).status).toBe(401);
    expect((await client(t.app, owner.token).get('/api/auth/me')).status).toBe(200);
    const login = await client(t.app).post('/api/auth/login', {
      email: staff.user.email,
      password: 'new-molar-crown-99',
    });
    expect(login.status).toBe(200);
  });

  it('lets staff edit patients but not other staff or the owner', async () => {
    expect(
      (
        await client(t.app, staff.token).patch(`/api/users/${patient.user.id}`, {
          phone: '+351 210 000 001',
        })
      ).status,
    ).toBe(200);
    expect(
      (await client(t.app, staff.token).patch(`/api/users/${owner.user.id}`, { name: 'X' })).status,
    ).toBe(403);
    const colleague = await createStaff(t.app, owner.token);
    expect(
      (await client(t.app, staff.token).patch(`/api/users/${colleague.user.id}`, { name: 'X' }))
        .status,
    ).toBe(403);
  });

  it('signs a deactivated user out everywhere and keeps them out', async () => {
    const res = await client(t.app, owner.token).patch(`/api/users/${staff.user.id}`, {
      is_active: false,
    });
    expect(res.status).toBe(200);
    expect(res.body.is_active).toBe(false);
    expect((await client(t.app, staff.token).get('/api/auth/me')).status).toBe(401);
    const login = await client(t.app).post('/api/auth/login', {
      email: staff.user.email,
      password: GOOD_PASSWORD,
    });
    expect(login.status).toBe(401);
  });

  it('signs a user out everywhere at once when the owner changes their role', async () => {
    const res = await client(t.app, owner.token).patch(`/api/users/${staff.user.id}`, {
      role: 'patient',
    });
    expect(res.status).toBe(200);
    expect((await client(t.app, staff.token).get('/api/auth/me')).status).toBe(401);
    const login = await client(t.app).post('/api/auth/login', {
      email: staff.user.email,
      password: GOOD_PASSWORD,
    });
    expect(login.body.user).toMatchObject({ role: 'patient' });
    expect((await client(t.app, login.body.token as string).get('/api/users')).status).toBe(403);
  });

  it('keeps a user signed in when only their dentist flag changes', async () => {
    const res = await client(t.app, owner.token).patch(`/api/users/${staff.user.id}`, {
      is_dentist: true,
    });
    expect(res.status).toBe(200);
    const me = await client(t.app, staff.token).get('/api/auth/me');
    expect(me.body).toMatchObject({ id: staff.user.id, is_dentist: true });
  });

  it('keeps the owner from deactivating or demoting themselves', async () => {
    expect(
      (await client(t.app, owner.token).patch(`/api/users/${owner.user.id}`, { is_active: false }))
        .status,
    ).toBe(403);
    expect(
      (await client(t.app, owner.token).patch(`/api/users/${owner.user.id}`, { role: 'staff' }))
        .status,
    ).toBe(403);
  });

  it('lets the owner mark staff as a dentist and drops the flag when they become a patient', async () => {
    const dentist = await client(t.app, owner.token).patch(`/api/users/${staff.user.id}`, {
      is_dentist: true,
    });
    expect(dentist.body.is_dentist).toBe(true);
    const demoted = await client(t.app, owner.token).patch(`/api/users/${staff.user.id}`, {
      role: 'patient',
    });
    expect(demoted.body).toMatchObject({ role: 'patient', is_dentist: false });
  });

  it('refuses an email another account uses', async () => {
    const res = await client(t.app, owner.token).patch(`/api/users/${patient.user.id}`, {
      email: otherPatient.user.email.toUpperCase(),
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('email_taken');
  });
});
