import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient, type SignedIn, setUpOwner } from '../test/factories.ts';
import { client, createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let owner: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setUpOwner(t.app);
});
afterAll(() => t.close());

describe('HTTP conventions', () => {
  it('serves paths with and without a trailing slash', async () => {
    const api = client(t.app, owner.token);
    expect((await api.get('/api/users')).status).toBe(200);
    expect((await api.get('/api/users/')).status).toBe(200);
    expect((await api.get(`/api/users/${owner.user.id}/`)).status).toBe(200);
  });

  it('answers a body over 100 KB with 413 problem details', async () => {
    const res = await client(t.app).post('/api/auth/register', { name: 'x'.repeat(110 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a&password=b',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers unknown API routes with 404 problem details', async () => {
    const res = await client(t.app).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      status: 404,
      title: 'Not found',
      type: '/problems/not_found',
    });
  });

  it('ignores unknown body fields', async () => {
    const patient = await client(t.app).post('/api/auth/register', {
      email: 'extra@example.com',
      password: 'molar-crown-lisbon-42',
      name: 'Extra',
      favourite_tooth: 'molar',
    });
    expect(patient.status).toBe(201);
  });

  it('sends security headers on every response', async () => {
    for (const url of ['/healthz', '/api/auth/me', '/api/nothing-here']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-request-id']).toEqual(expect.any(String));
    }
  });

  it('reports health when the database answers', async () => {
    expect((await client(t.app).get('/healthz')).body).toEqual({ status: 'ok' });
  });
});

describe('API documentation', () => {
  it('documents every API route in OpenAPI 3.1', async () => {
    const res = await client(t.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const paths = Object.keys(res.body.paths as object);
    const routes = t.app
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .map((line) => line.replace(/^[\s│├└─]+/, '').split(' (')[0] ?? '')
      .filter(
        (path) =>
          path.startsWith('/api/') && !path.startsWith('/api/docs') && path !== '/api/openapi.json',
      );
    for (const route of routes) {
      expect(paths).toContain(route.replace(/:(\w+)/g, '{$1}'));
    }
    expect(paths).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users/{id}', '/api/services']),
    );
  });

  it('renders the documentation page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(res.statusCode);
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('privacy on the wire', () => {
  it('never includes password hashes or tokens in user objects', async () => {
    const patient: SignedIn = await registerPatient(t.app);
    const list = await client(t.app, owner.token).get('/api/users');
    const text = JSON.stringify(list.body);
    expect(text).not.toMatch(/argon2|password|token/i);
    expect(text).toContain(patient.user.email);
  });
});
