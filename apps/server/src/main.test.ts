import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { openEventStream } from './test/event-stream-client.ts';
import { GOOD_PASSWORD } from './test/factories.ts';
import { runScript, type ServerProcess, startServerProcess } from './test/server-process.ts';
import { startSmtpInbox } from './test/smtp-inbox.ts';
import { createScratchDatabase } from './test/test-app.ts';

const running: (ServerProcess & { dataDir?: string })[] = [];
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
  const server = {
    ...(await startServerProcess({ DATA_DIR: dataDir, ...env })),
    dataDir,
  };
  running.push(server);
  return server;
}

async function signIn(url: string, email: string, password = GOOD_PASSWORD): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function post(url: string, path: string, token: string, body: unknown) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 201)
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: number };
}

// Each test starts real processes that compile on start; on a busy machine one start alone can
// take tens of seconds, so these tests get a budget of their own, and every wait in them ends on
// a condition (a start line, a log line, an email arriving), never on a fixed delay.
const PROCESS_TESTS = { timeout: 120_000 };

describe.skipIf(loadConfig().databaseUrl !== undefined)('the server process', PROCESS_TESTS, () => {
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
    // Signal only once the server has the request, or a busy machine turns this into a race.
    while (!server.output().includes('"url":"/api/auth/register"')) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    server.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(201);
    expect(await server.exited).toBe(0);
  });

  it('keeps an acknowledged booking when the server is killed right after answering', async () => {
    const server = await start({ OWNER_EMAIL: 'boss@example.com', OWNER_PASSWORD: GOOD_PASSWORD });
    const owner = await signIn(server.url, 'boss@example.com');
    const patient = await post(server.url, '/api/users', owner, {
      email: 'ana@example.com',
      name: 'Ana',
      role: 'patient',
    });
    const booked = await post(server.url, '/api/appointments', owner, {
      patient: patient.id,
      date: '2099-12-02',
      time: '09:30',
    });
    server.child.kill('SIGKILL');
    await server.exited;
    const restarted = await startServerProcess({ DATA_DIR: server.dataDir });
    running.push({ ...restarted, dataDir: server.dataDir });
    const again = await signIn(restarted.url, 'boss@example.com');
    const response = await fetch(`${restarted.url}/api/appointments/${booked.id}`, {
      headers: { authorization: `Bearer ${again}` },
    });
    expect(response.status).toBe(200);
    // Booked without a dentist, it waits as a request (decision 028); what counts is that it is kept.
    expect(await response.json()).toMatchObject({
      id: booked.id,
      time: '09:30',
      status: 'pending',
    });
  });

  it('fills a fresh installation with the demo clinic, once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'clinic-demo-'));
    folders.push(dataDir);
    const demo = () => runScript('db/demo.ts', { DATA_DIR: dataDir });
    const first = demo();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /3 dentists, 2 receptionists, 40 patients, 6 services, \d{3} appointments/,
    );
    expect(first.stdout).toContain('owner@demo.clinic');
    const server = await startServerProcess({ DATA_DIR: dataDir });
    running.push(server);
    const owner = await signIn(server.url, 'owner@demo.clinic', 'demo-clinic-2026');
    const list = await fetch(`${server.url}/api/appointments?page_size=1`, {
      headers: { authorization: `Bearer ${owner}` },
    });
    expect(((await list.json()) as { count: number }).count).toBeGreaterThan(200);
    const second = demo();
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already has a clinic/);
  });

  it('backs up while serving, and restores that copy', async () => {
    const server = await start({ OWNER_EMAIL: 'boss@example.com', OWNER_PASSWORD: GOOD_PASSWORD });
    const owner = await signIn(server.url, 'boss@example.com');
    const kept = await post(server.url, '/api/users', owner, {
      email: 'kept@example.com',
      name: 'Kept',
      role: 'patient',
    });
    const backupFile = join(server.dataDir, 'copy.sqlite');
    const backup = runScript('db/backup.ts', { DATA_DIR: server.dataDir }, [backupFile]);
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain('Backup written and checked');
    await post(server.url, '/api/users', owner, {
      email: 'later@example.com',
      name: 'Later',
      role: 'patient',
    });

    const whileRunning = runScript('db/restore.ts', { DATA_DIR: server.dataDir }, [backupFile]);
    expect(whileRunning.status).toBe(1);
    expect(whileRunning.stderr).toMatch(/in use/);

    server.child.kill('SIGTERM');
    await server.exited;
    const restore = runScript('db/restore.ts', { DATA_DIR: server.dataDir }, [backupFile]);
    expect(restore.status).toBe(0);
    const restarted = await startServerProcess({ DATA_DIR: server.dataDir });
    running.push(restarted);
    const again = await signIn(restarted.url, 'boss@example.com');
    const users = await fetch(`${restarted.url}/api/users?role=patient`, {
      headers: { authorization: `Bearer ${again}` },
    });
    const body = (await users.json()) as { results: { id: number; email: string }[] };
    expect(body.results.map((u) => u.email)).toEqual(['kept@example.com']);
    expect(body.results[0]?.id).toBe(kept.id);
  });

  it('refuses to start with an invalid setting and says which', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'clinic-main-'));
    folders.push(dataDir);
    await expect(
      startServerProcess({ DATA_DIR: dataDir, CLINIC_TIMEZONE: 'Mars/Olympus' }),
    ).rejects.toThrow(/CLINIC_TIMEZONE/);
  });
});

describe.skipIf(loadConfig().databaseUrl === undefined)(
  'several server processes on one PostgreSQL',
  PROCESS_TESTS,
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

        // An appointment booked through the first server reaches a browser connected to the second.
        const owner = await signIn(first?.url ?? '', 'boss@example.com');
        const stream = await openEventStream(second?.url ?? '', owner);
        const patient = await post(first?.url ?? '', '/api/users', owner, {
          email: 'ben@example.com',
          name: 'Ben',
          role: 'patient',
        });
        const booked = await post(first?.url ?? '', '/api/appointments', owner, {
          patient: patient.id,
          date: '2099-12-02',
          time: '09:30',
        });
        await stream.waitFor(
          'appointment.created',
          (data) => (data as { id: number }).id === booked.id,
        );
        await stream.close();

        // Thirty bookings of one dentist's slot, split across both servers: exactly one wins.
        const dentist = await post(first?.url ?? '', '/api/users', owner, {
          email: 'dr@example.com',
          name: 'Dr. Reed',
          role: 'staff',
          is_dentist: true,
        });
        const patients = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            post(first?.url ?? '', '/api/users', owner, {
              email: `p${i}@example.com`,
              name: `P${i}`,
              role: 'patient',
            }),
          ),
        );
        const statuses = await Promise.all(
          patients.map(async (p, i) => {
            const target = i % 2 === 0 ? first?.url : second?.url;
            const response = await fetch(`${target}/api/appointments`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${owner}` },
              body: JSON.stringify({
                patient: p.id,
                dentist: dentist.id,
                date: '2099-12-03',
                time: '10:00',
              }),
            });
            return response.status;
          }),
        );
        expect(statuses.filter((s) => s === 201)).toHaveLength(1);
        expect(statuses.filter((s) => s === 409)).toHaveLength(29);
      } finally {
        for (const server of running.splice(0)) {
          server.child.kill('SIGTERM');
          await server.exited;
        }
        await scratch.drop();
      }
    });

    it('send each queued email once, however the two race for it', async () => {
      const serverUrl = loadConfig().databaseUrl ?? '';
      const scratch = await createScratchDatabase(serverUrl);
      const inbox = await startSmtpInbox();
      try {
        const env = {
          DATABASE_URL: scratch.url,
          OWNER_EMAIL: 'boss@example.com',
          OWNER_PASSWORD: GOOD_PASSWORD,
          SMTP_URL: inbox.url,
        };
        const [first, second] = await Promise.all([start(env), start(env)]);
        const owner = await signIn(first?.url ?? '', 'boss@example.com');
        const patients = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            post(first?.url ?? '', '/api/users', owner, {
              email: `mail${i}@example.com`,
              name: `Patient ${i}`,
              role: 'patient',
            }),
          ),
        );
        const dentist = await post(first?.url ?? '', '/api/users', owner, {
          email: 'dr.mail@example.com',
          name: 'Dr. Mail',
          role: 'staff',
          is_dentist: true,
        });
        // Each booking names its dentist, so it is confirmed at once and queues one email;
        // both servers hear of every booking and both try to send.
        await Promise.all(
          patients.map((p, i) =>
            post((i % 2 === 0 ? first?.url : second?.url) ?? '', '/api/appointments', owner, {
              patient: p.id,
              dentist: dentist.id,
              date: '2099-12-04',
              time: `${String(8 + (i % 10)).padStart(2, '0')}:${i < 10 ? '00' : '30'}`,
            }),
          ),
        );
        await inbox.waitFor(20, 60_000);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(inbox.received.map((m) => m.to).sort()).toEqual(
          patients.map((_, i) => `mail${i}@example.com`).sort(),
        );
      } finally {
        for (const server of running.splice(0)) {
          server.child.kill('SIGTERM');
          await server.exited;
        }
        await inbox.close();
        await scratch.drop();
      }
    });
  },
);
