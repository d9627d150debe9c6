import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { connectDatabase } from '../../db/connect.ts';
import { openEventStream } from '../../test/event-stream-client.ts';
import { createClinic } from '../../test/factories.ts';
import { client, createTestApp, type Json, type TestApp } from '../../test/test-app.ts';

/*
 * `inbox.changed` on the live stream: each person's own count, to their own streams only, in
 * every server process. The test clock reads Wednesday 2026-11-25 10:00 in Lisbon.
 */
let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
let baseUrl: string;
type Stream = Awaited<ReturnType<typeof openEventStream>>;
const streams: Stream[] = [];

beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterEach(async () => {
  for (const stream of streams.splice(0)) await stream.close();
  await t.close();
});

async function open(token: string, url = baseUrl) {
  const stream = await openEventStream(url, token);
  streams.push(stream);
  return stream;
}

const counts = (stream: Stream) =>
  stream.events.filter((e) => e.event === 'inbox.changed').map((e) => e.data);

/** Waits until the stream has had `n` counts, and answers them. */
async function countsAfter(stream: Stream, n: number) {
  await stream.waitUntil(() => counts(stream).length >= n, `${n} inbox.changed`);
  return counts(stream);
}

async function request(token: string, fields: Json = {}) {
  const res = await client(t.app, token).post('/api/appointments', {
    dentist: c.dentist.user.id,
    service: c.service.id,
    date: '2026-12-02',
    time: '09:30',
    ...fields,
  });
  if (res.status !== 201) throw new Error(`request failed: ${res.raw.body}`);
  return res.body as Json & { id: number };
}

describe('inbox.changed', () => {
  it('reaches only the people told, each with their own count', async () => {
    const owner = await open(c.owner.token);
    const staff = await open(c.staff.token);
    const dentist = await open(c.dentist.token);
    const otherDentist = await open(c.otherDentist.token);
    const patient = await open(c.patient.token);
    const otherPatient = await open(c.otherPatient.token);

    const { id } = await request(c.patient.token);
    expect(await countsAfter(owner, 1)).toEqual([{ unread: 1 }]);
    expect(await countsAfter(staff, 1)).toEqual([{ unread: 1 }]);
    expect(await countsAfter(dentist, 1)).toEqual([{ unread: 1 }]);

    // Counts go out in the order of the changes, so a later one for these people proves that
    // the first never reached them.
    const theirs = await request(c.otherPatient.token, {
      dentist: c.otherDentist.user.id,
      time: '11:00',
    });
    expect(await countsAfter(otherDentist, 1)).toEqual([{ unread: 1 }]);
    expect(await countsAfter(owner, 2)).toEqual([{ unread: 1 }, { unread: 2 }]);
    const asStaff = client(t.app, c.staff.token);
    await asStaff.patch(`/api/appointments/${id}`, { status: 'confirmed' });
    await asStaff.patch(`/api/appointments/${theirs.id}`, { status: 'confirmed' });
    expect(await countsAfter(patient, 1)).toEqual([{ unread: 1 }]);
    expect(await countsAfter(otherPatient, 1)).toEqual([{ unread: 1 }]);
    expect(counts(patient)).toEqual([{ unread: 1 }]);
    expect(counts(dentist)).toEqual([{ unread: 1 }]);
  });

  it('tells the reader’s other tabs what they read, and no colleague', async () => {
    const ownerTab = await open(c.owner.token);
    const ownerOtherTab = await open(c.owner.token);
    const staff = await open(c.staff.token);
    await request(c.patient.token);
    await countsAfter(ownerOtherTab, 1);
    await countsAfter(staff, 1);

    const read = await client(t.app, c.owner.token).post('/api/inbox/read', { all: true });
    expect(read.body).toEqual({ unread: 0 });
    expect(await countsAfter(ownerTab, 2)).toEqual([{ unread: 1 }, { unread: 0 }]);
    expect(await countsAfter(ownerOtherTab, 2)).toEqual([{ unread: 1 }, { unread: 0 }]);

    // Reading again changes nothing and says nothing; the colleague's own reading reaches them.
    await client(t.app, c.owner.token).post('/api/inbox/read', { all: true });
    await client(t.app, c.staff.token).post('/api/inbox/read', { all: true });
    expect(await countsAfter(staff, 2)).toEqual([{ unread: 1 }, { unread: 0 }]);
    await request(c.otherPatient.token, { time: '11:00' });
    expect(await countsAfter(ownerTab, 3)).toEqual([{ unread: 1 }, { unread: 0 }, { unread: 1 }]);
  });
});

describe.skipIf(loadConfig().databaseUrl === undefined)('inbox.changed on two servers', () => {
  it('reaches the person’s stream on the other server, and nobody else’s there', async () => {
    // A second server on the same database: the change is made on the first.
    const db = connectDatabase(t.ctx.config);
    const other = await buildApp({ config: t.ctx.config, db, now: t.ctx.now });
    try {
      const otherUrl = await other.listen({ port: 0, host: '127.0.0.1' });
      const staff = await open(c.staff.token, otherUrl);
      const otherDentist = await open(c.otherDentist.token, otherUrl);
      const otherPatient = await open(c.otherPatient.token, otherUrl);

      await request(c.patient.token);
      expect(await countsAfter(staff, 1)).toEqual([{ unread: 1 }]);
      await client(t.app, c.staff.token).post('/api/inbox/read', { all: true });
      expect(await countsAfter(staff, 2)).toEqual([{ unread: 1 }, { unread: 0 }]);

      const theirs = await request(c.otherPatient.token, {
        dentist: c.otherDentist.user.id,
        time: '11:00',
      });
      expect(await countsAfter(otherDentist, 1)).toEqual([{ unread: 1 }]);
      await client(t.app, c.staff.token).patch(`/api/appointments/${theirs.id}`, {
        status: 'confirmed',
      });
      expect(await countsAfter(otherPatient, 1)).toEqual([{ unread: 1 }]);
    } finally {
      for (const stream of streams.splice(0)) await stream.close();
      await other.close();
      await db.close();
    }
  });
});
