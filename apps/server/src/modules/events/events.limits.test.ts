import { afterEach, describe, expect, it } from 'vitest';
import { openEventStream } from '../../test/event-stream-client.ts';
import { createClinic, GOOD_PASSWORD } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';
import { STREAMS_PER_SESSION, STREAMS_PER_USER } from './event-hub.ts';

let t: TestApp;
const streams: Awaited<ReturnType<typeof openEventStream>>[] = [];

afterEach(async () => {
  for (const stream of streams.splice(0)) await stream.close();
  await t.close();
});

async function start(overrides: Parameters<typeof createTestApp>[0] = {}) {
  t = await createTestApp(overrides);
  const c = await createClinic(t.app);
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const open = async (token: string) => {
    const stream = await openEventStream(baseUrl, token);
    streams.push(stream);
    return stream;
  };
  return { c, baseUrl, open };
}

async function signInAgain(email: string): Promise<string> {
  const login = await client(t.app).post('/api/auth/login', { email, password: GOOD_PASSWORD });
  expect(login.status).toBe(200);
  return login.body.token;
}

describe('how many live streams may be open', () => {
  it(`closes a sign-in’s oldest stream when it opens more than ${STREAMS_PER_SESSION}, saying why`, async () => {
    const { c, open } = await start();
    const opened = [];
    for (let i = 0; i <= STREAMS_PER_SESSION; i++) opened.push(await open(c.staff.token));
    const [oldest, ...rest] = opened;
    await oldest?.waitFor('stream.superseded');
    await oldest?.waitUntil(() => oldest.ended, 'the oldest stream to end');

    await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.patient.user.id,
      date: '2026-12-02',
      time: '09:30',
    });
    for (const stream of rest) await stream.waitFor('appointment.created');
    expect(rest.every((stream) => !stream.ended)).toBe(true);
  });

  it(`closes a person’s oldest stream past ${STREAMS_PER_USER} across their sign-ins`, async () => {
    const { c, open } = await start();
    const tokens = [c.staff.token, await signInAgain(c.staff.user.email)];
    tokens.push(await signInAgain(c.staff.user.email));
    const opened = [];
    // Spread over three sign-ins so that no one sign-in reaches its own limit.
    for (let i = 0; i <= STREAMS_PER_USER; i++) {
      opened.push(await open(tokens[i % tokens.length] ?? ''));
    }
    const oldest = opened[0];
    await oldest?.waitFor('stream.superseded');
    expect(opened.slice(1).some((stream) => stream.ended)).toBe(false);
  });

  it('refuses a stream past the server’s limit with 503 and Retry-After, and takes one once room is made', async () => {
    const { c, baseUrl, open } = await start({ maxLiveStreams: 2 });
    await open(c.staff.token);
    const second = await open(c.patient.token);
    const refused = await fetch(`${baseUrl}/api/events`, {
      headers: { authorization: `Bearer ${c.owner.token}` },
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ code: 'too_many_streams' });

    await second.close();
    const later = await open(c.owner.token);
    await later.waitUntil(() => later.status === 200, 'a stream once room was made');
  });
});
