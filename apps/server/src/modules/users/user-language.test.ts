import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, uniqueEmail } from '../../test/factories.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

const { t, c } = clinicPerTest();

describe('a person’s language', () => {
  it('is null until they choose, then kept and shown on their session', async () => {
    const me = client(t.app, c.patient.token);
    expect((await me.get('/api/auth/me')).body.language).toBeNull();

    const res = await me.patch(`/api/users/${c.patient.user.id}`, { language: 'es' });
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('es');
    expect((await me.get('/api/auth/me')).body.language).toBe('es');

    const signIn = await client(t.app).post('/api/auth/login', {
      email: c.patient.user.email,
      password: GOOD_PASSWORD,
    });
    expect(signIn.body.user.language).toBe('es');
  });

  it('can be cleared to follow the clinic’s default again', async () => {
    const me = client(t.app, c.staff.token);
    await me.patch(`/api/users/${c.staff.user.id}`, { language: 'de' });
    const res = await me.patch(`/api/users/${c.staff.user.id}`, { language: null });
    expect(res.status).toBe(200);
    expect(res.body.language).toBeNull();
  });

  it('is chosen by its holder only, not by the team editing the account', async () => {
    const byStaff = await client(t.app, c.staff.token).patch(`/api/users/${c.patient.user.id}`, {
      language: 'fr',
    });
    expect(byStaff.status).toBe(403);
    const byOwner = await client(t.app, c.owner.token).patch(`/api/users/${c.staff.user.id}`, {
      language: 'fr',
    });
    expect(byOwner.status).toBe(403);
    const own = await client(t.app, c.owner.token).patch(`/api/users/${c.owner.user.id}`, {
      language: 'fr',
    });
    expect(own.body.language).toBe('fr');
  });

  it('refuses a language the clinic has no texts for with 400', async () => {
    const res = await client(t.app, c.patient.token).patch(`/api/users/${c.patient.user.id}`, {
      language: 'pt',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('language');
  });

  it('can be given at sign-up', async () => {
    const res = await client(t.app).post('/api/auth/register', {
      email: uniqueEmail('nuevo'),
      password: GOOD_PASSWORD,
      name: 'Lucía Gómez',
      language: 'es',
    });
    expect(res.status).toBe(201);
    expect(res.body.user.language).toBe('es');
  });
});
