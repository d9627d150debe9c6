import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';

const PRECOMPRESS = fileURLToPath(
  new URL('../../../../scripts/precompress-web.mjs', import.meta.url),
);

/** A small built web app: a page, a hashed script, a hashed script too small to pay, an icon. */
function writeFixtureBuild(root: string) {
  const files = {
    'index.html': `<!doctype html><html><head><script type="module" src="/assets/app-3f9a1c.js"></script></head><body>${'<div class="shell"></div>'.repeat(80)}</body></html>`,
    'assets/app-3f9a1c.js': `export const rows = [${Array.from({ length: 400 }, (_, i) => `{id:${i},name:"row ${i}"}`).join(',')}];`,
    'assets/noop-77aa01.js': 'export default () => {};',
    'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<circle r="1"/>'.repeat(100)}</svg>`,
  };
  mkdirSync(join(root, 'assets'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  execFileSync(process.execPath, [PRECOMPRESS, root]);
  return files;
}

let t: TestApp;
let root: string;
let files: Record<string, string>;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clinic-web-'));
  files = writeFixtureBuild(root);
  t = await createTestApp({ webDistDir: root });
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });

describe('the build’s compressed copies', () => {
  it('are written beside text files worth compressing, and not beside tiny ones', () => {
    expect(existsSync(join(root, 'assets/app-3f9a1c.js.br'))).toBe(true);
    expect(existsSync(join(root, 'assets/app-3f9a1c.js.gz'))).toBe(true);
    expect(existsSync(join(root, 'index.html.br'))).toBe(true);
    expect(existsSync(join(root, 'assets/noop-77aa01.js.br'))).toBe(false);
    expect(existsSync(join(root, 'assets/noop-77aa01.js.gz'))).toBe(false);
  });

  it('are sent to a browser that accepts brotli, as the same script', async () => {
    const res = await get('/assets/app-3f9a1c.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(files['assets/app-3f9a1c.js']);
  });

  it('are sent as gzip to a browser that accepts only gzip', async () => {
    const res = await get('/assets/app-3f9a1c.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toBe(files['assets/app-3f9a1c.js']);
  });

  it('are not sent to a client that accepts no compression', async () => {
    const res = await get('/assets/app-3f9a1c.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(files['assets/app-3f9a1c.js']);
  });

  it('are not replaced by compressing on the fly where the build made none', async () => {
    const res = await get('/assets/noop-77aa01.js', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(files['assets/noop-77aa01.js']);
  });
});

describe('cache lifetimes of the web app', () => {
  it('lets browsers keep hashed files for a year without asking again', async () => {
    for (const url of ['/assets/app-3f9a1c.js', '/assets/noop-77aa01.js']) {
      for (const encoding of [undefined, 'br', 'gzip']) {
        const res = await get(url, encoding);
        expect(res.headers['cache-control'], `${url} ${encoding}`).toBe(
          'public, max-age=31536000, immutable',
        );
      }
    }
  });

  it('has the page revalidated on every visit, served directly or for an app route', async () => {
    for (const url of ['/index.html', '/', '/patient/appointments', '/owner/staff?page=2']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(files['index.html']);
    }
    const plain = await get('/patient/appointments');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(files['index.html']);
  });

  it('keeps files with fixed names for a short while only', async () => {
    const res = await get('/favicon.svg', 'br');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.headers['content-type']).toMatch(/image\/svg\+xml/);
  });

  it('leaves API answers unstored', async () => {
    const res = await get('/api/clinic', 'br');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
