import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';
import { EventHub } from './event-hub.ts';

/*
 * The hub on its own, over the real database and a bus of its own: here a rights change
 * reaches it only as `user.changed`, as it does from another server process, with no session
 * ended, so what is checked is that every event is weighed against the recipient's rights now.
 */
const { t, c } = clinicPerTest();
/** How sessions keep a token: its SHA-256, which a stream carries to have its session checked. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
let hub: EventHub;

beforeEach(() => {
  hub = new EventHub(t.ctx, t.app.log, 60_000);
});
afterEach(() => hub.closeAll());

function fakeStream(userId: number, tokenHash: string, to = hub) {
  const stream = {
    userId,
    tokenHash,
    chunks: [] as string[],
    ended: false,
    write: (chunk: Buffer) => stream.chunks.push(chunk.toString()),
    end: () => {
      stream.ended = true;
    },
  };
  to.add(stream);
  return stream;
}

async function waitUntil(condition: () => boolean, what: string) {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function bookFor(patientId: number, time: string): Promise<number> {
  const res = await client(t.app, c.dentist.token).post('/api/appointments', {
    patient: patientId,
    dentist: c.dentist.user.id,
    date: '2026-12-02',
    time,
  });
  expect(res.status).toBe(201);
  return res.body.id as number;
}

const created = (appointmentId: number, patientId: number) =>
  t.ctx.events.publish({ type: 'appointment.created', appointmentId, patientId });

describe('EventHub', () => {
  it('weighs every event against the recipient’s current role once told the user changed', async () => {
    const staffStream = fakeStream(c.staff.user.id, 'staff-session');
    const ownerStream = fakeStream(c.owner.user.id, 'owner-session');
    const before = await bookFor(c.otherPatient.user.id, '08:00');
    await created(before, c.otherPatient.user.id);
    await waitUntil(() => ownerStream.chunks.length === 1, 'the first event');
    expect(staffStream.chunks).toHaveLength(1);

    await t.ctx.db.kysely
      .updateTable('users')
      .set({ role: 'patient' })
      .where('id', '=', c.staff.user.id)
      .execute();
    await t.ctx.events.publish({ type: 'user.changed', userId: c.staff.user.id });
    const after = await bookFor(c.otherPatient.user.id, '09:00');
    await created(after, c.otherPatient.user.id);
    await waitUntil(() => ownerStream.chunks.length === 2, 'the second event');
    expect(staffStream.chunks).toHaveLength(1);
    expect(staffStream.ended).toBe(false);
  });

  it('closes the stream of an account deactivated elsewhere at its next event', async () => {
    const staffStream = fakeStream(c.staff.user.id, 'staff-session');
    const ownerStream = fakeStream(c.owner.user.id, 'owner-session');
    await t.ctx.db.kysely
      .updateTable('users')
      .set({ isActive: 0 })
      .where('id', '=', c.staff.user.id)
      .execute();
    await t.ctx.events.publish({ type: 'user.changed', userId: c.staff.user.id });
    const id = await bookFor(c.patient.user.id, '08:00');
    await created(id, c.patient.user.id);
    await waitUntil(() => ownerStream.chunks.length === 1, 'the event');
    expect(staffStream.chunks).toEqual([]);
    expect(staffStream.ended).toBe(true);
  });

  it('ends all of a user’s streams but the one kept when their other sessions are revoked', async () => {
    const here = fakeStream(c.patient.user.id, 'this-session');
    const elsewhere = fakeStream(c.patient.user.id, 'other-session');
    await t.ctx.events.publish({
      type: 'session.revoked',
      userId: c.patient.user.id,
      tokenHash: null,
      keepTokenHash: 'this-session',
    });
    expect(elsewhere.ended).toBe(true);
    expect(here.ended).toBe(false);
  });

  it('keeps a stream opened while a heartbeat was asking which sessions still live', async () => {
    const beating = new EventHub(t.ctx, t.app.log, 20);
    try {
      const first = fakeStream(c.staff.user.id, hashToken(c.staff.token), beating);
      // The one connection is held, so a heartbeat's question waits for it.
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const held = t.ctx.db.transact(() => gate);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const newcomer = fakeStream(c.owner.user.id, hashToken(c.owner.token), beating);
      release();
      await held;
      await waitUntil(() => newcomer.chunks.length > 0, 'a keep-alive on the new stream');
      expect(newcomer.ended).toBe(false);
      expect(first.ended).toBe(false);
    } finally {
      beating.closeAll();
    }
  });
});
