import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

type Changed = { date_from: string | null; date_to: string | null };
const changes = (stream: Awaited<ReturnType<typeof open>>) =>
  stream.events.filter((e) => e.event === 'availability.changed').map((e) => e.data as Changed);

describe('availability.changed', () => {
  it('tells every signed-in stream which days changed, naming no one', async () => {
    const patientStream = await open(c.patient.token);
    const staffStream = await open(c.staff.token);
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.otherPatient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:00',
    });
    await client(t.app, c.staff.token).patch(`/api/appointments/${booked.body.id}`, {
      date: '2026-12-03',
    });
    await client(t.app, c.staff.token).patch(`/api/appointments/${booked.body.id}`, {
      status: 'cancelled',
    });
    await client(t.app, c.staff.token).delete(`/api/appointments/${booked.body.id}`);
    const expected = [
      { date_from: '2026-12-02', date_to: '2026-12-02' },
      { date_from: '2026-12-02', date_to: '2026-12-03' },
      { date_from: '2026-12-03', date_to: '2026-12-03' },
      { date_from: '2026-12-03', date_to: '2026-12-03' },
    ];
    await patientStream.waitUntil(() => changes(patientStream).length === 4, 'four changes');
    expect(changes(patientStream)).toEqual(expected);
    await staffStream.waitUntil(() => changes(staffStream).length === 4, 'four changes');
    // The patient learns the days, never whose appointment moved.
    expect(JSON.stringify(patientStream.events)).not.toContain('Ben Novak');
  });

  it('follows changes to schedules, services and booking rules', async () => {
    const stream = await open(c.patient.token);
    const owner = client(t.app, c.owner.token);
    await owner.post('/api/schedule-exceptions', {
      kind: 'closure',
      date_from: '2026-12-24',
      date_to: '2026-12-26',
    });
    await owner.post('/api/working-hours', {
      dentist: c.dentist.user.id,
      days: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    });
    await owner.patch(`/api/services/${c.service.id}`, { buffer_after_minutes: 10 });
    await owner.patch('/api/clinic', { slot_step_minutes: 30 });
    // A change that cannot move a free time says nothing.
    await owner.patch('/api/clinic', { name: 'Brighter Smile' });
    await stream.waitUntil(() => changes(stream).length === 4, 'four changes');
    expect(changes(stream)).toEqual([
      { date_from: '2026-12-24', date_to: '2026-12-26' },
      { date_from: null, date_to: null },
      { date_from: null, date_to: null },
      { date_from: null, date_to: null },
    ]);
  });
});
