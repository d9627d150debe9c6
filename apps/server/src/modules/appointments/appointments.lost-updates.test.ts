import { type AppointmentStatus, nextStatuses } from '@clinic/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic } from '../../test/factories.ts';
import { client, createTestApp, type Json, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

type Clinic = Awaited<ReturnType<typeof createClinic>>;
type History = { action: string; changes: Record<string, [unknown, unknown]> }[];

/** The test clock's day (2026-11-25, 10:00 in Lisbon): visits can be booked and completed. */
const TODAY = '2026-11-25';

/** Overrides the free times: some rounds run past closing, and lost updates are the point. */
async function book(c: Clinic, time: string): Promise<number> {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: c.patient.user.id,
    dentist: c.dentist.user.id,
    date: TODAY,
    time,
    status: 'confirmed',
    override_availability: true,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const HISTORY_FIELDS = [
  'patient',
  'dentist',
  'service',
  'date',
  'time',
  'duration_minutes',
  'status',
  'notes',
];

/**
 * Replays the history from the creation, checking that each change starts from the state the
 * previous one left (nothing was overwritten unseen) and that no status change broke the
 * workflow (a completed visit is never reopened). Returns the state the history arrives at.
 */
function replay(history: History): Record<string, unknown> {
  const [created, ...updates] = history;
  if (created?.action !== 'created') throw new Error('history does not start with the creation');
  // The creation leaves out what it set to nothing.
  const state: Record<string, unknown> = Object.fromEntries(
    HISTORY_FIELDS.map((field) => [field, created.changes[field]?.[1] ?? null]),
  );
  for (const [index, entry] of updates.entries()) {
    for (const [field, [before, after]] of Object.entries(entry.changes)) {
      if (state[field] !== before) {
        throw new Error(
          `change ${index + 1} moved ${field} from ${String(before)}, but it was ${String(state[field])}`,
        );
      }
      if (field === 'status') {
        const allowed = nextStatuses(before as AppointmentStatus);
        if (!allowed.includes(after as AppointmentStatus)) {
          throw new Error(`change ${index + 1} moved status ${String(before)} → ${String(after)}`);
        }
      }
      state[field] = after;
    }
  }
  return state;
}

function pick(wire: Json, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, wire[field]]));
}

/** A mix a busy front desk sends: status changes, moves, a new length, a new dentist. */
function mixedChange(c: Clinic, base: number, i: number): Json {
  const minutes = (offset: number) =>
    `${String(Math.floor((base + offset) / 60)).padStart(2, '0')}:${String((base + offset) % 60).padStart(2, '0')}`;
  const changes: Json[] = [
    { status: 'cancelled' },
    { status: 'confirmed' },
    { status: 'pending' },
    { status: 'completed' },
    { status: 'no_show' },
    { time: minutes(30) },
    { time: minutes(0) },
    { duration_minutes: 45 },
    { dentist: i % 2 === 0 ? c.otherDentist.user.id : c.dentist.user.id },
    {},
  ];
  // A note unique to the request: every accepted request changes something, so every 200
  // must appear in the history as exactly one entry.
  return { ...changes[i % changes.length], notes: `request ${base}-${i}` };
}

describe('concurrent changes of one appointment', () => {
  const CONCURRENT = 40;
  const ROUNDS = 5;

  it(`applies ${CONCURRENT} simultaneous mixed PATCHes one after the other, ${ROUNDS} rounds, none lost`, async () => {
    const c = await createClinic(t.app);
    for (let round = 0; round < ROUNDS; round++) {
      // Two hours apart, so no round's moves meet another round's visit.
      const base = (11 + 2 * round) * 60;
      const id = await book(c, `${base / 60}:00`);
      const bodies = Array.from({ length: CONCURRENT }, (_, i) => mixedChange(c, base, i));
      const answers = await Promise.all(
        bodies.map((body) => client(t.app, c.staff.token).patch(`/api/appointments/${id}`, body)),
      );
      expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);

      const history = (await client(t.app, c.owner.token).get(`/api/appointments/${id}/history`))
        .body as History;
      const row = (await client(t.app, c.owner.token).get(`/api/appointments/${id}`)).body;
      expect(pick(row, HISTORY_FIELDS)).toEqual(pick(replay(history), HISTORY_FIELDS));

      const notesWritten = history.slice(1).map((entry) => entry.changes.notes?.[1]);
      const accepted = bodies.filter((_, i) => answers[i]?.status === 200).map((b) => b.notes);
      expect(notesWritten.sort()).toEqual(accepted.sort());
      expect(row.version).toBe(history.length);
    }
  });

  it('never reopens a completed visit when completing and reopening race', async () => {
    const c = await createClinic(t.app);
    for (let round = 0; round < ROUNDS; round++) {
      const id = await book(c, `${11 + 2 * round}:00`);
      const answers = await Promise.all(
        [{ status: 'completed' }, { status: 'pending' }, { notes: 'seen' }].map((body) =>
          client(t.app, c.staff.token).patch(`/api/appointments/${id}`, body),
        ),
      );
      const history = (await client(t.app, c.owner.token).get(`/api/appointments/${id}/history`))
        .body as History;
      const row = (await client(t.app, c.owner.token).get(`/api/appointments/${id}`)).body;
      expect(pick(row, HISTORY_FIELDS)).toEqual(pick(replay(history), HISTORY_FIELDS));
      if (answers[0]?.status === 200) expect(row.status).toBe('completed');
    }
  });

  it('keeps a cancellation sent together with a note', async () => {
    const c = await createClinic(t.app);
    const id = await book(c, '11:00');
    const [cancel, note] = await Promise.all([
      client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { status: 'cancelled' }),
      client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { notes: 'bring x-rays' }),
    ]);
    expect([cancel?.status, note?.status]).toEqual([200, 200]);
    const row = (await client(t.app, c.owner.token).get(`/api/appointments/${id}`)).body;
    expect(row).toMatchObject({ status: 'cancelled', notes: 'bring x-rays' });
  });
});

describe('If-Match on appointments', () => {
  it('answers every appointment with its version as ETag', async () => {
    const c = await createClinic(t.app);
    const id = await book(c, '11:00');
    const read = await client(t.app, c.staff.token).get(`/api/appointments/${id}`);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body.version).toBe(1);
    const changed = await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, {
      notes: 'x',
    });
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.body.version).toBe(2);
  });

  it('refuses a change made against an older version with 412 and the appointment as it is now', async () => {
    const c = await createClinic(t.app);
    const id = await book(c, '11:00');
    const etag = (await client(t.app, c.staff.token).get(`/api/appointments/${id}`)).headers.etag;
    const headers = { 'if-match': String(etag) };
    const [first, second] = await Promise.all([
      client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { time: '11:30' }, headers),
      client(t.app, c.owner.token).patch(`/api/appointments/${id}`, { notes: 'late' }, headers),
    ]);
    const statuses = [first?.status, second?.status].sort();
    expect(statuses).toEqual([200, 412]);
    const refused = first?.status === 412 ? first : second;
    expect(refused?.headers['content-type']).toContain('application/problem+json');
    expect(refused?.body).toMatchObject({ status: 412, code: 'precondition_failed' });
    expect(refused?.body.current).toMatchObject({ id, version: 2 });
    const history = (await client(t.app, c.owner.token).get(`/api/appointments/${id}/history`))
      .body as History;
    expect(history).toHaveLength(2);
  });

  it('refuses a stale delete and keeps the appointment', async () => {
    const c = await createClinic(t.app);
    const id = await book(c, '11:00');
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { notes: 'moved' });
    const stale = await client(t.app, c.owner.token).delete(`/api/appointments/${id}`, {
      'if-match': '"1"',
    });
    expect(stale.status).toBe(412);
    expect((await client(t.app, c.owner.token).get(`/api/appointments/${id}`)).status).toBe(200);
    const fresh = await client(t.app, c.owner.token).delete(`/api/appointments/${id}`, {
      'if-match': '"2"',
    });
    expect(fresh.status).toBe(204);
  });

  it('still applies changes sent without If-Match', async () => {
    const c = await createClinic(t.app);
    const id = await book(c, '11:00');
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { notes: 'one' });
    const res = await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, {
      notes: 'two',
    });
    expect(res.status).toBe(200);
    expect(res.body.notes).toBe('two');
  });

  it('answers 404, not 412, for an appointment another patient owns', async () => {
    const c = await createClinic(t.app);
    const id = await book(c, '11:00');
    const res = await client(t.app, c.otherPatient.token).patch(
      `/api/appointments/${id}`,
      { notes: 'x' },
      { 'if-match': '"9"' },
    );
    expect(res.status).toBe(404);
  });
});
