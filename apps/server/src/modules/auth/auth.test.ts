import { hash } from '@node-rs/argon2';
import { beforeEach, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, registerPatient, setUpOwner, uniqueEmail } from '../../test/factories.ts';
import { appPerTest } from '../../test/fixture.ts';
import { client, createTestApp } from '../../test/test-app.ts';
import { findCredentialsByEmail } from '../users/index.ts';

const t = appPerTest();

const earlierHash = (password: string) =>
  hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
beforeEach(async () => {
  await setUpOwner(t.app);
});

describe('registration', () => {
  it('creates a patient, signs them in and sets an HttpOnly SameSite=Lax cookie', async () => {
    const email = uniqueEmail();
    const res = await client(t.app).post('/api/auth/register', {
      email,
      password: GOOD_PASSWORD,
      name: 'Ana Lima',
      phone: '+351 911 000 000',
    });
    expect(res.status).toBe(201);
    expect(res.body.token).toEqual(expect.any(String));
    expect(res.body.user).toMatchObject({
      email,
      name: 'Ana Lima',
      role: 'patient',
      is_dentist: false,
      is_active: true,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/hash|argon/i);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/clinic_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('always creates a patient, whatever role the body asks for', async () => {
    const res = await client(t.app).post('/api/auth/register', {
      email: uniqueEmail(),
      password: GOOD_PASSWORD,
      name: 'Eve',
      role: 'owner',
      is_dentist: true,
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ role: 'patient', is_dentist: false });
  });

  it('refuses an email that is taken in any letter case', async () => {
    const email = uniqueEmail();
    await client(t.app).post('/api/auth/register', { email, password: GOOD_PASSWORD, name: 'Ana' });
    const res = await client(t.app).post('/api/auth/register', {
      email: email.toUpperCase(),
      password: GOOD_PASSWORD,
      name: 'Ana',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'email_taken', status: 409 });
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses short and very common passwords with a field message', async () => {
    const short = await client(t.app).post('/api/auth/register', {
      email: uniqueEmail(),
      password: 'abc123',
      name: 'Ana',
    });
    expect(short.status).toBe(400);
    expect(short.body.errors).toHaveProperty('password');
    const common = await client(t.app).post('/api/auth/register', {
      email: uniqueEmail(),
      password: 'iloveyou',
      name: 'Ana',
    });
    expect(common.status).toBe(400);
    expect((common.body.errors as Record<string, string>).password).toMatch(/common/);
  });

  it('answers bad input with field errors, never a 500', async () => {
    const res = await client(t.app).post('/api/auth/register', {
      email: 'not-an-email',
      password: 12345678,
      name: '',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors as object).sort()).toEqual(['email', 'name', 'password']);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with any letter case of the email and returns the user', async () => {
    const patient = await registerPatient(t.app);
    const res = await client(t.app).post('/api/auth/login', {
      email: patient.user.email.toUpperCase(),
      password: GOOD_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: patient.user.id });
    const me = await client(t.app, res.body.token as string).get('/api/auth/me');
    expect(me.body).toMatchObject({ id: patient.user.id, role: 'patient' });
  });

  it('hashes a password kept with earlier settings again at sign-in, with today’s', async () => {
    const patient = await registerPatient(t.app);
    const users = t.ctx.db.kysely.updateTable('users').where('id', '=', patient.user.id);
    // GOOD_PASSWORD hashed with 19 MiB and 2 passes, the settings before 7 MiB and 5 passes.
    await users.set({ passwordHash: await earlierHash(GOOD_PASSWORD) }).execute();

    const res = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: GOOD_PASSWORD,
    });
    expect(res.status).toBe(200);
    const stored = await findCredentialsByEmail(t.ctx.db.kysely, patient.user.email);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=7168,t=5,p=1\$/);
    const again = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: GOOD_PASSWORD,
    });
    expect(again.status).toBe(200);
  });

  it('gives one generic answer for a wrong password and an unknown email', async () => {
    const patient = await registerPatient(t.app);
    const wrongPassword = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: 'wrong-password-1',
    });
    const unknownEmail = await client(t.app).post('/api/auth/login', {
      email: 'nobody@example.com',
      password: GOOD_PASSWORD,
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body.detail).toBe(unknownEmail.body.detail);
  });

  it('accepts the session cookie and the Token scheme as well as Bearer', async () => {
    const patient = await registerPatient(t.app);
    const viaToken = await client(t.app).get('/api/auth/me', {
      authorization: `Token ${patient.token}`,
    });
    expect(viaToken.status).toBe(200);
    const viaCookie = await client(t.app).get('/api/auth/me', {
      cookie: `clinic_session=${patient.token}`,
    });
    expect(viaCookie.status).toBe(200);
  });

  it('stops the token working at once after logout', async () => {
    const patient = await registerPatient(t.app);
    const me = client(t.app, patient.token);
    expect((await me.post('/api/auth/logout')).status).toBe(204);
    expect((await me.get('/api/auth/me')).status).toBe(401);
  });

  it('answers 401 with problem details when nobody is signed in', async () => {
    const res = await client(t.app).get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ status: 401, code: 'not_authenticated' });
  });
});

describe('who is signed in', () => {
  it('answers a visitor 200 with no user, so a browser logs no error', async () => {
    const res = await client(t.app).get('/api/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: null });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers the signed-in user, by token or by cookie, as /me does', async () => {
    const patient = await registerPatient(t.app);
    const me = await client(t.app, patient.token).get('/api/auth/me');
    const viaToken = await client(t.app, patient.token).get('/api/auth/session');
    expect(viaToken.status).toBe(200);
    expect(viaToken.body).toEqual({ user: me.body });
    const viaCookie = await client(t.app).get('/api/auth/session', {
      cookie: `clinic_session=${patient.token}`,
    });
    expect(viaCookie.body).toEqual({ user: me.body });
  });

  it('answers no user once the session has ended, without an error', async () => {
    const patient = await registerPatient(t.app);
    await client(t.app, patient.token).post('/api/auth/logout');
    const res = await client(t.app, patient.token).get('/api/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: null });
  });
});

describe('session expiry', () => {
  it('ends a session left idle for 30 minutes', async () => {
    const patient = await registerPatient(t.app);
    t.clock.now += 29 * 60_000;
    expect((await client(t.app, patient.token).get('/api/auth/me')).status).toBe(200);
    t.clock.now += 30 * 60_000;
    expect((await client(t.app, patient.token).get('/api/auth/me')).status).toBe(401);
  });

  it('ends even an active session after 12 hours', async () => {
    const patient = await registerPatient(t.app);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      t.clock.now += 20 * 60_000;
      expect((await client(t.app, patient.token).get('/api/auth/me')).status).toBe(200);
    }
    t.clock.now += 40 * 60_000;
    expect((await client(t.app, patient.token).get('/api/auth/me')).status).toBe(401);
  });
});

describe('login throttling', () => {
  it('makes an address wait after five failures on one account and says when to retry', async () => {
    const patient = await registerPatient(t.app);
    for (let i = 0; i < 5; i++) {
      const res = await client(t.app).post('/api/auth/login', {
        email: patient.user.email,
        password: `wrong-${i}-password`,
      });
      expect(res.status).toBe(401);
    }
    const locked = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: GOOD_PASSWORD,
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.now += 16 * 60_000;
    const later = await client(t.app).post('/api/auth/login', {
      email: patient.user.email,
      password: GOOD_PASSWORD,
    });
    expect(later.status).toBe(200);
  });

  it('limits one address trying many accounts, and a spoofed X-Forwarded-For does not reset it', async () => {
    for (let i = 0; i < 30; i++) {
      await client(t.app).post(
        '/api/auth/login',
        { email: `guess${i}@example.com`, password: 'wrong-password-1' },
        { 'x-forwarded-for': `203.0.113.${i}` },
      );
    }
    const patient = await registerPatient(t.app);
    const res = await client(t.app).post(
      '/api/auth/login',
      { email: patient.user.email, password: GOOD_PASSWORD },
      { 'x-forwarded-for': '198.51.100.7' },
    );
    expect(res.status).toBe(429);
  });
});

describe('cross-site protection', () => {
  it('refuses a cookie-authenticated write from another origin', async () => {
    const patient = await registerPatient(t.app);
    const res = await client(t.app).post(
      '/api/auth/logout',
      {},
      { cookie: `clinic_session=${patient.token}`, origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('cross_origin');
    expect((await client(t.app, patient.token).get('/api/auth/me')).status).toBe(200);
  });

  it('allows the same write from the clinic’s own origin', async () => {
    const patient = await registerPatient(t.app);
    const res = await client(t.app).post(
      '/api/auth/logout',
      {},
      {
        cookie: `clinic_session=${patient.token}`,
        origin: 'http://localhost:80',
        host: 'localhost:80',
      },
    );
    expect(res.status).toBe(204);
  });

  it('takes the clinic’s origin from PUBLIC_URL when set, whatever the Host header says', async () => {
    const behindProxy = await createTestApp({ publicUrl: 'https://clinic.example/book' });
    try {
      const logout = async (origin: string) => {
        const patient = await registerPatient(behindProxy.app);
        return client(behindProxy.app).post(
          '/api/auth/logout',
          {},
          { cookie: `clinic_session=${patient.token}`, origin, host: 'evil.example' },
        );
      };
      expect((await logout('https://clinic.example')).status).toBe(204);
      expect((await logout('http://evil.example')).status).toBe(403);
    } finally {
      await behindProxy.close();
    }
  });
});
