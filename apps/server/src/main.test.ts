import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { GOOD_PASSWORD } from './test/factories.ts';
import { type ServerProcess, startServerProcess } from './test/server-process.ts';
import { createScratchDatabase } from './test/test-app.ts';

// Each process test gets its own port so files can run in parallel.
let nextPort = 3400 + (process.pid % 200) * 2;
const running: ServerProcess[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await server.exited;
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-main-'));
  folders.push(dataDir);
  const server = await startServerProcess({ DATA_DIR: dataDir, ...env }, nextPort++);
  running.push(server);
  return server;
}

describe.skipIf(loadConfig().databaseUrl !== undefined)('the server process', () => {
  it('migrates on start, creates the owner from OWNER_EMAIL and serves sign-in', async () => {
    const server = await start({
      OWNER_EMAIL: 'boss@example.com',
      OWNER_PASSWORD: GOOD_PASSWORD,
      OWNER_NAME: 'Boss',
    });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'boss@example.com', password: GOOD_PASSWORD }),
    });
    expect(login.status).toBe(200);
    expect(server.output()).toContain('owner account created');
  });

  it('keeps passwords, tokens and cookies out of its logs', async () => {
    const server = await start({ OWNER_EMAIL: 'boss@example.com', OWNER_PASSWORD: GOOD_PASSWORD });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'boss@example.com', password: GOOD_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    await fetch(`${server.url}/api/auth/me`, {
      headers: { authorization: `Bearer ${token}`, cookie: `clinic_session=${token}` },
    });
    expect(server.output()).toContain('reqId');
    expect(server.output()).not.toContain(token);
    expect(server.output()).not.toContain(GOOD_PASSWORD);
  });

  it('finishes requests in flight on SIGTERM and exits cleanly', async () => {
    const server = await start();
    const inFlight = fetch(`${server.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'late@example.com', password: GOOD_PASSWORD, name: 'Late' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    server.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(201);
    expect(await server.exited).toBe(0);
  });

  it('refuses to start with an invalid setting and says which', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'clinic-main-'));
    folders.push(dataDir);
    await expect(
      startServerProcess({ DATA_DIR: dataDir, CLINIC_TIMEZONE: 'Mars/Olympus' }, nextPort++),
    ).rejects.toThrow(/CLINIC_TIMEZONE/);
  });
});

describe.skipIf(loadConfig().databaseUrl === undefined)(
  'several server processes on one PostgreSQL',
  () => {
    it('start together, migrate once, create one owner and serve the same accounts', async () => {
      const serverUrl = loadConfig().databaseUrl ?? '';
      const scratch = await createScratchDatabase(serverUrl);
      try {
        const env = {
          DATABASE_URL: scratch.url,
          OWNER_EMAIL: 'boss@example.com',
          OWNER_PASSWORD: GOOD_PASSWORD,
        };
        const [first, second] = await Promise.all([start(env), start(env)]);
        const registered = await fetch(`${first?.url}/api/auth/register`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'ana@example.com', password: GOOD_PASSWORD, name: 'Ana' }),
        });
        expect(registered.status).toBe(201);
        const login = await fetch(`${second?.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'ana@example.com', password: GOOD_PASSWORD }),
        });
        expect(login.status).toBe(200);
        const ownerLogin = await fetch(`${second?.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'boss@example.com', password: GOOD_PASSWORD }),
        });
        expect(ownerLogin.status).toBe(200);
      } finally {
        for (const server of running.splice(0)) {
          server.child.kill('SIGTERM');
          await server.exited;
        }
        await scratch.drop();
      }
    });
  },
);
