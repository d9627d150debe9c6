import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createStaff, registerPatient, type SignedIn, setUpOwner } from '../test/factories.ts';
import { client, createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let owner: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setUpOwner(t.app);
  await createStaff(t.app, owner.token, { name: 'Sam Reed' });
  await registerPatient(t.app, 'Ana Lima');
});
afterAll(() => t.close());

describe('request ids', () => {
  it('echoes a short, plain id the client sends', async () => {
    const res = await client(t.app).get('/healthz', { 'x-request-id': 'lb-7f3a.42_x' });
    expect(res.headers['x-request-id']).toBe('lb-7f3a.42_x');
  });

  it('replaces a long, multi-line or non-ASCII id with one of its own', async () => {
    for (const given of ['a'.repeat(65), 'abc\r\nSet-Cookie: x=1', 'ünïcødé', 'a b', '']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': given },
      });
      expect(res.statusCode, given).toBe(200);
      expect(res.headers['x-request-id'], given).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('links in paged answers', () => {
  it('are relative and never lead to the Host the client named', async () => {
    const res = await client(t.app, owner.token).get('/api/users?page_size=1', {
      host: 'evil.example',
    });
    expect(res.status).toBe(200);
    expect(res.body.count).toBeGreaterThan(1);
    expect(res.body.next).toBe('/api/users?page_size=1&page=2');
    expect(JSON.stringify(res.body)).not.toContain('evil.example');
  });

  it('start at PUBLIC_URL when it is set', async () => {
    const other = await createTestApp({ publicUrl: 'https://clinic.example' });
    try {
      const boss = await setUpOwner(other.app);
      await registerPatient(other.app);
      await registerPatient(other.app);
      const res = await client(other.app, boss.token).get('/api/users?page=2&page_size=1', {
        host: 'evil.example',
      });
      expect(res.body.previous).toBe('https://clinic.example/api/users?page=1&page_size=1');
      expect(res.body.next).toBe('https://clinic.example/api/users?page=3&page_size=1');
    } finally {
      await other.close();
    }
  });
});

describe('caching and transport security', () => {
  it('forbids storing any API answer that may carry personal data', async () => {
    const api = client(t.app, owner.token);
    for (const url of ['/api/auth/me', '/api/users', '/api/clinic', '/api/nothing-here']) {
      expect((await api.get(url)).headers['cache-control'], url).toBe('no-store');
    }
    const login = await client(t.app).post('/api/auth/login', { email: 'x@example.com' });
    expect(login.headers['cache-control']).toBe('no-store');
  });

  it('lets the public API document be cached', async () => {
    const res = await client(t.app).get('/api/openapi.json');
    expect(res.headers['cache-control']).not.toBe('no-store');
  });

  it('asks for HTTPS from then on only when the request came over HTTPS', async () => {
    expect((await client(t.app).get('/healthz')).headers['strict-transport-security']).toBe(
      undefined,
    );
    const behindProxy = await createTestApp({ trustProxy: true });
    try {
      const res = await client(behindProxy.app).get('/api/clinic', {
        'x-forwarded-proto': 'https',
      });
      expect(res.headers['strict-transport-security']).toBe('max-age=15552000; includeSubDomains');
      const plain = await client(behindProxy.app).get('/api/clinic', {
        'x-forwarded-proto': 'http',
      });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await behindProxy.close();
    }
  });
});

describe('a request body that trickles in', () => {
  it('is cut off with 408 and the connection closed, and the server keeps serving', async () => {
    const app = await buildApp({ config: t.ctx.config, db: t.ctx.db, requestTimeoutMs: 500 });
    try {
      const url = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
      const socket = connect(Number(url.port), '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk.toString();
      });
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      socket.write(
        'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n' +
          'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
      );
      // One byte at a time, far slower than any real client, until the server hangs up.
      const drip = setInterval(() => {
        if (!socket.destroyed) socket.write(' ');
      }, 50);
      socket.on('error', () => {});
      await closed;
      clearInterval(drip);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      const health = await fetch(`${url.origin}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
