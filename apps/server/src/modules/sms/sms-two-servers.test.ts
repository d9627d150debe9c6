import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { GOOD_PASSWORD } from '../../test/factories.ts';
import { FAKE_FROM, type FakeTwilio, startFakeTwilio } from '../../test/fake-twilio.ts';
import { type ServerProcess, startServerProcess } from '../../test/server-process.ts';
import { createScratchDatabase } from '../../test/test-app.ts';

/*
 * Two real server processes on one database, as a clinic runs them behind a load balancer (on
 * SQLite both on one file, on PostgreSQL one database), each with its own sending loop, and a
 * text provider that refuses the first two sends. Every text must reach the provider exactly
 * once: claimed by one server, retried by it, never sent by the other too.
 */
const running: ServerProcess[] = [];
const cleanUps: (() => Promise<void>)[] = [];
let fake: FakeTwilio;

beforeEach(async () => {
  fake = await startFakeTwilio();
});
afterEach(async () => {
  for (const server of running.splice(0)) {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await server.exited;
  }
  for (const cleanUp of cleanUps.splice(0)) await cleanUp();
  await fake.close();
});

/** Where both servers keep the book: one SQLite file, or one PostgreSQL database. */
async function sharedDatabase(): Promise<Record<string, string>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-two-servers-'));
  cleanUps.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) return { DATA_DIR: dataDir, DATABASE_URL: '' };
  const scratch = await createScratchDatabase(databaseUrl);
  cleanUps.push(scratch.drop);
  return { DATA_DIR: dataDir, DATABASE_URL: scratch.url };
}

async function api(server: ServerProcess, token: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

// Each start compiles the server; on a busy machine that alone may take tens of seconds.
describe('texts sent by two servers on one database', { timeout: 240_000 }, () => {
  it('reach the provider exactly once each, though it refuses the first two', async () => {
    const env = {
      ...(await sharedDatabase()),
      OWNER_EMAIL: 'boss@example.com',
      OWNER_PASSWORD: GOOD_PASSWORD,
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_FROM: FAKE_FROM,
      TWILIO_API_URL: fake.url,
    };
    // The first migrates and creates the owner; the second finds both done.
    const a = await startServerProcess(env);
    running.push(a);
    const b = await startServerProcess(env);
    running.push(b);
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'boss@example.com', password: GOOD_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const dentist = await api(a, token, '/api/users', {
      email: 'sam@example.com',
      name: 'Dr Sam Reed',
      role: 'staff',
      is_dentist: true,
    });
    const patients: { id: number }[] = [];
    for (let i = 1; i <= 6; i += 1) {
      patients.push(
        await api(a, token, '/api/users', {
          email: `patient${i}@example.com`,
          name: `Patient ${i}`,
          role: 'patient',
          phone: `+351 911 000 00${i}`,
        }),
      );
    }
    const book = (server: ServerProcess, i: number) =>
      api(server, token, '/api/appointments', {
        patient: patients[i]?.id,
        dentist: dentist.id,
        date: `2099-12-0${i + 1}`,
        time: '09:30',
        override_availability: true,
      });

    fake.failNext(2, 'server_error');
    // Booked on both servers, so each wakes its own sender while the other's may be sending.
    const visits = [await book(a, 0), await book(b, 1), await book(a, 2), await book(b, 3)];
    await fake.waitForMessages(4, 60_000);
    // Both servers pass over the outbox again after those went out: each sends one more.
    visits.push(await book(a, 4), await book(b, 5));
    await fake.waitForMessages(6, 60_000);

    const numbers = fake.messages.map((m) => m.to).sort();
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6].map((i) => `+35191100000${i}`));
    expect(fake.sends.filter((s) => s.status === 500)).toHaveLength(2);
    expect(fake.sends.filter((s) => s.status === 201)).toHaveLength(6);
    for (const visit of visits) {
      const { results } = await api(b, token, `/api/appointments/${visit.id}/messages`);
      const texts = results.filter(
        (m: { channel: string; kind: string }) =>
          m.channel === 'sms' && m.kind === 'appointment_confirmed',
      );
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatchObject({ status: 'sent', reason: null });
    }
  });
});
