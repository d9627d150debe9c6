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

const changes = (stream: Awaited<ReturnType<typeof open>>) =>
  stream.events.filter((e) => e.event === 'closure_requests.changed');

describe('closure_requests.changed', () => {
  it('tells the team, and no patient, when a request is made, withdrawn or answered', async () => {
    const ownerStream = await open(c.owner.token);
    const staffStream = await open(c.staff.token);
    const otherPatientStream = await open(c.otherPatient.token);
    const me = c.patient.user.id;
    const asPatient = client(t.app, c.patient.token);
    expect((await asPatient.post(`/api/users/${me}/closure-request`, {})).status).toBe(201);
    expect((await asPatient.delete(`/api/users/${me}/closure-request`)).status).toBe(204);
    expect((await client(t.app, c.owner.token).post(`/api/users/${me}/close`)).status).toBe(200);

    await ownerStream.waitUntil(() => changes(ownerStream).length === 3, 'three changes');
    await staffStream.waitUntil(() => changes(staffStream).length === 3, 'three changes');
    expect(changes(ownerStream).map((e) => e.data)).toEqual([{}, {}, {}]);
    // Another event after them reaches the patient's stream; by then the team's had arrived.
    await client(t.app, c.owner.token).patch('/api/clinic', { slot_step_minutes: 30 });
    await otherPatientStream.waitFor('availability.changed');
    expect(changes(otherPatientStream)).toEqual([]);
  });
});
