import { type AddressInfo, createServer } from 'node:net';
import { beforeEach } from 'vitest';
import type { TestApp } from './test-app.ts';

/** A loopback port free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * For tests in which another party calls the app over HTTP (a text provider's webhooks): a
 * port chosen before each test, whose address the app's config names as its PUBLIC_URL (read
 * it in the config overrides), and the app listening there once it exists. Call it before
 * `appPerTest`/`clinicPerTest`, and `listen(t)` after.
 */
export function publicAddressPerTest() {
  let port = 0;
  beforeEach(async () => {
    port = await freePort();
  });
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    listen(t: TestApp) {
      beforeEach(async () => {
        await t.app.listen({ port, host: '127.0.0.1' });
      });
    },
  };
}
