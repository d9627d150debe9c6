import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type SignedIn, setUpOwner } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let owner: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  owner = await setUpOwner(t.app);
  // Enough services that their list is well over the size worth compressing.
  for (let i = 0; i < 12; i += 1) {
    await createService(t.app, owner.token, { name: `Treatment ${i}` });
  }
});
afterAll(() => t.close());

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: {
      authorization: `Bearer ${owner.token}`,
      ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
    },
  });

describe('compression of API answers', () => {
  it('sends a large answer as brotli to a client that accepts it, unstored as ever', async () => {
    const plain = await get('/api/services');
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    const res = await get('/api/services', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(res.rawPayload).toString())).toEqual(plain.json());
  });

  it('sends gzip to a client that accepts only gzip', async () => {
    const res = await get('/api/services', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString())).toEqual(
      (await get('/api/services')).json(),
    );
  });

  it('sends an answer as it is to a client that accepts no compression', async () => {
    const res = await get('/api/services');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toHaveLength(12);
  });

  it('leaves small answers alone: under 1 KiB compression saves nothing worth its cost', async () => {
    for (const url of ['/api/auth/me', '/healthz', '/api/nothing-here']) {
      const res = await get(url, 'br, gzip');
      expect(res.rawPayload.length, url).toBeLessThan(1024);
      expect(res.headers['content-encoding'], url).toBeUndefined();
    }
  });

  it('does not take compressed request bodies', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ email: 'a@example.com', password: 'wrong-password' })),
    });
    // Unpacked, it would reach the handler and be a failed sign-in (401).
    expect([400, 415]).toContain(res.statusCode);
  });
});

describe('the live event stream', () => {
  it('is neither compressed nor held back, even for a client that accepts compression', async () => {
    const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(baseUrl);
    const received: string[] = [];
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/events',
          headers: { authorization: `Bearer ${owner.token}`, 'accept-encoding': 'br, gzip' },
        },
        (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            received.push(chunk);
            // The first event arrives on its own while the stream stays open.
            if (received.join('').includes(': connected')) {
              resolve(res.headers);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(headers['content-type']).toMatch(/text\/event-stream/);
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers['x-request-id']).toEqual(expect.any(String));
  });
});
