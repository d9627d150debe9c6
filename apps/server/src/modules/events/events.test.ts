import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { connectDatabase } from '../../db/connect.ts';
import { openEventStream } from '../../test/event-stream-client.ts';
import { createClinic } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
let baseUrl: string;
const streams: Awaited<ReturnType<typeof openEventStream>>[] = [];

beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterEach(async () => {
  for (const stream of streams.splice(0)) await stream.close();
  await t.close();
});

async function open(token: string) {
  const stream = await openEventStream(baseUrl, token);
  streams.push(stream);
  return stream;
}

/** What concerns appointments; `availability.changed` names no one and reaches everyone. */
const aboutAppointments = (events: Awaited<ReturnType<typeof openEventStream>>['events']) =>
  events.filter((e) => e.event.startsWith('appointment.'));

const book = (patient: number, time: string) =>
  client(t.app, c.staff.token).post('/api/appointments', {
    patient,
    dentist: c.dentist.user.id,
    date: '2026-12-02',
    time,
  });

describe('GET /api/events', () => {
  it('refuses a visitor who is not signed in', async () => {
    const response = await fetch(`${baseUrl}/api/events`);
    expect(response.status).toBe(401);
  });

  it('streams text/event-stream with security headers', async () => {
    const stream = await open(c.patient.token);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives a patient their own appointment’s changes and nothing about another patient', async () => {
    const patientStream = await open(c.patient.token);
    const staffStream = await open(c.staff.token);
    const theirs = await book(c.otherPatient.user.id, '08:00');
    const mine = await book(c.patient.user.id, '09:30');
    await client(t.app, c.staff.token).patch(`/api/appointments/${mine.body.id}`, {
      status: 'pending',
    });
    await client(t.app, c.staff.token).patch(`/api/appointments/${theirs.body.id}`, {
      notes: 'private',
    });
    await client(t.app, c.staff.token).delete(`/api/appointments/${theirs.body.id}`);
    await client(t.app, c.staff.token).delete(`/api/appointments/${mine.body.id}`);

    await patientStream.waitFor(
      'appointment.deleted',
      (d) => (d as { id: number }).id === mine.body.id,
    );
    await staffStream.waitFor(
      'appointment.deleted',
      (d) => (d as { id: number }).id === mine.body.id,
    );

    const ids = (events: typeof patientStream.events) =>
      events.map((e) => [e.event, (e.data as { id: number }).id]);
    expect(ids(aboutAppointments(patientStream.events))).toEqual([
      ['appointment.created', mine.body.id],
      ['appointment.updated', mine.body.id],
      ['appointment.deleted', mine.body.id],
    ]);
    expect(aboutAppointments(patientStream.events)[1]?.data).toMatchObject({
      status: 'pending',
      patient_name: 'Ana Lima',
    });
    expect(aboutAppointments(patientStream.events)[2]?.data).toEqual({ id: mine.body.id });
    expect(JSON.stringify(patientStream.events)).not.toContain('Ben Novak');
    expect(aboutAppointments(staffStream.events)).toHaveLength(6);
  });

  it('sends keep-alive comments', async () => {
    const stream = await open(c.patient.token);
    await stream.waitUntil(() => stream.comments >= 2, 'a keep-alive comment after the greeting');
  });

  it('ends the stream when its session signs out', async () => {
    const stream = await open(c.patient.token);
    await client(t.app, c.patient.token).post('/api/auth/logout');
    await stream.waitUntil(() => stream.ended, 'the stream to end');
  });

  it('ends the stream when the account is deactivated', async () => {
    const stream = await open(c.staff.token);
    await client(t.app, c.owner.token).patch(`/api/users/${c.staff.user.id}`, { is_active: false });
    await stream.waitUntil(() => stream.ended, 'the stream to end');
  });

  it('sends a demoted staff member nothing about other patients on a stream opened before', async () => {
    const demotedStream = await open(c.staff.token);
    const ownerStream = await open(c.owner.token);
    const demoted = await client(t.app, c.owner.token).patch(`/api/users/${c.staff.user.id}`, {
      role: 'patient',
    });
    expect(demoted.status).toBe(200);
    const theirs = await client(t.app, c.dentist.token).post('/api/appointments', {
      patient: c.otherPatient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '08:00',
    });
    await client(t.app, c.dentist.token).patch(`/api/appointments/${theirs.body.id}`, {
      notes: 'private',
    });
    // Both streams live on one hub, which writes an event to all its recipients at once.
    await ownerStream.waitFor(
      'appointment.updated',
      (d) => (d as { id: number }).id === theirs.body.id,
    );
    expect(aboutAppointments(demotedStream.events)).toEqual([]);
    expect(JSON.stringify(demotedStream.events)).not.toContain('Ben Novak');
    await demotedStream.waitUntil(() => demotedStream.ended, 'the demoted stream to end');
    expect((await client(t.app, c.staff.token).get('/api/auth/me')).status).toBe(401);
  });

  it('ends the stream when the owner resets the account’s password', async () => {
    const stream = await open(c.staff.token);
    const reset = await client(t.app, c.owner.token).patch(`/api/users/${c.staff.user.id}`, {
      password: 'new-molar-crown-99',
    });
    expect(reset.status).toBe(200);
    await stream.waitUntil(() => stream.ended, 'the stream to end');
    expect((await client(t.app, c.staff.token).get('/api/auth/me')).status).toBe(401);
  });

  it('ends the stream when its session lapses', async () => {
    const stream = await open(c.patient.token);
    t.clock.now += 31 * 60_000;
    await stream.waitUntil(() => stream.ended, 'the stream to end at the next heartbeat');
  });

  it('ends open streams cleanly when the server shuts down', async () => {
    const stream = await open(c.staff.token);
    await t.app.close();
    await stream.waitUntil(() => stream.ended, 'the stream to end on shutdown');
  });
});

describe.skipIf(loadConfig().databaseUrl === undefined)('GET /api/events on two servers', () => {
  it('ends a demoted staff member’s stream on the other server before it shows another patient', async () => {
    // A second server on the same database, with a heartbeat too slow to be what ends streams.
    const db = connectDatabase(t.ctx.config);
    const other = await buildApp({
      config: t.ctx.config,
      db,
      now: t.ctx.now,
      heartbeatMs: 600_000,
    });
    try {
      const otherUrl = await other.listen({ port: 0, host: '127.0.0.1' });
      const demotedStream = await openEventStream(otherUrl, c.staff.token);
      const ownerStream = await openEventStream(otherUrl, c.owner.token);
      streams.push(demotedStream, ownerStream);
      await client(t.app, c.owner.token).patch(`/api/users/${c.staff.user.id}`, {
        role: 'patient',
      });
      const theirs = await client(t.app, c.dentist.token).post('/api/appointments', {
        patient: c.otherPatient.user.id,
        dentist: c.dentist.user.id,
        date: '2026-12-02',
        time: '08:00',
      });
      await ownerStream.waitFor(
        'appointment.created',
        (d) => (d as { id: number }).id === theirs.body.id,
      );
      expect(aboutAppointments(demotedStream.events)).toEqual([]);
      await demotedStream.waitUntil(() => demotedStream.ended, 'the demoted stream to end');
    } finally {
      for (const stream of streams.splice(0)) await stream.close();
      await other.close();
      await db.close();
    }
  });
});
