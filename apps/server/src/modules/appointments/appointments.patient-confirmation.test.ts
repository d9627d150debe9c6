import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEventStream } from '../../test/event-stream-client.ts';
import { createClinic } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';
import { cancelByPatientAnswer, confirmAttendanceByPatient } from './patient-answers.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter)
// and lets patients change a visit until 24 hours before it.
let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
const streams: Awaited<ReturnType<typeof openEventStream>>[] = [];
beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
});
afterEach(async () => {
  for (const stream of streams.splice(0)) await stream.close();
  await t.close();
});

const STARTS_AT = Date.parse('2026-12-02T09:30:00.000Z');
const HOUR = 3_600_000;

async function confirmedVisit(patientId = c.patient.user.id, dentistId = c.dentist.user.id) {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: patientId,
    dentist: dentistId,
    service: c.service.id,
    date: '2026-12-02',
    time: '09:30',
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res;
}

const confirmation = (token: string, id: number, method: 'post' | 'delete', etag?: string) => {
  const headers = etag ? { 'if-match': etag } : undefined;
  const url = `/api/appointments/${id}/patient-confirmation`;
  return method === 'post'
    ? client(t.app, token).post(url, undefined, headers)
    : client(t.app, token).delete(url, headers);
};
const historyOf = async (id: number) =>
  (await client(t.app, c.staff.token).get(`/api/appointments/${id}/history`)).body;

describe('the front desk notes a confirmation given on the phone', () => {
  it('sets patient_confirmed_at with If-Match, in the history with via staff', async () => {
    const booked = await confirmedVisit();
    const id = booked.body.id;
    const stale = await confirmation(c.staff.token, id, 'post', '"999"');
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ id, patient_confirmed_at: null });

    const res = await confirmation(c.staff.token, id, 'post', booked.headers.etag as string);
    expect(res.status).toBe(200);
    const at = new Date(t.clock.now).toISOString();
    expect(res.body).toMatchObject({ patient_confirmed_at: at, version: booked.body.version + 1 });
    expect(res.headers.etag).toBe(`"${res.body.version}"`);
    expect((await historyOf(id)).at(-1)).toMatchObject({
      actor: c.staff.user.id,
      changes: { patient_confirmed_at: [null, at], via: [null, 'staff'] },
    });

    // Noting it again changes nothing.
    const again = await confirmation(c.owner.token, id, 'post');
    expect(again.body.version).toBe(res.body.version);
    expect(await historyOf(id)).toHaveLength(2);
  });

  it('takes a note back, and the patient sees the field follow', async () => {
    const id = (await confirmedVisit()).body.id;
    await confirmation(c.staff.token, id, 'post');
    const seen = await client(t.app, c.patient.token).get(`/api/appointments/${id}`);
    expect(seen.body.patient_confirmed_at).not.toBeNull();

    const res = await confirmation(c.staff.token, id, 'delete');
    expect(res.status).toBe(200);
    expect(res.body.patient_confirmed_at).toBeNull();
    expect((await historyOf(id)).at(-1).changes).toEqual({
      patient_confirmed_at: [seen.body.patient_confirmed_at, null],
    });
    const list = await client(t.app, c.patient.token).get('/api/appointments');
    expect(list.body.results[0]).toMatchObject({ id, patient_confirmed_at: null });
  });

  it('is the team’s: a patient gets 403 on their own visit, 404 on another’s', async () => {
    const mine = (await confirmedVisit()).body.id;
    const theirs = (await confirmedVisit(c.otherPatient.user.id, c.otherDentist.user.id)).body.id;
    expect((await confirmation(c.patient.token, mine, 'post')).status).toBe(403);
    expect((await confirmation(c.patient.token, theirs, 'post')).status).toBe(404);
    expect((await confirmation(c.staff.token, 999_999, 'post')).status).toBe(404);
  });

  it('refuses a visit that is no longer pending or confirmed', async () => {
    const id = (await confirmedVisit()).body.id;
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { status: 'cancelled' });
    const res = await confirmation(c.staff.token, id, 'post');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
  });

  it('reaches the team’s and the patient’s live streams', async () => {
    const id = (await confirmedVisit()).body.id;
    const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const desk = await openEventStream(baseUrl, c.owner.token);
    const patient = await openEventStream(baseUrl, c.patient.token);
    streams.push(desk, patient);
    await confirmation(c.staff.token, id, 'post');
    const confirmed = (data: unknown) =>
      (data as { patient_confirmed_at?: unknown }).patient_confirmed_at != null;
    await desk.waitFor('appointment.updated', confirmed);
    await patient.waitFor('appointment.updated', confirmed);
  });
});

describe('a move or a cancellation clears the patient’s confirmation', () => {
  it('a patient’s own move clears it, and the history says so', async () => {
    const id = (await confirmedVisit()).body.id;
    const noted = await confirmation(c.staff.token, id, 'post');
    const moved = await client(t.app, c.patient.token).patch(`/api/appointments/${id}`, {
      date: '2026-12-03',
      time: '14:00',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.patient_confirmed_at).toBeNull();
    expect((await historyOf(id)).at(-1).changes.patient_confirmed_at).toEqual([
      noted.body.patient_confirmed_at,
      null,
    ]);
  });

  it('a change of notes or dentist keeps it; a cancellation clears it, and reinstating does not bring it back', async () => {
    const id = (await confirmedVisit()).body.id;
    const noted = (await confirmation(c.staff.token, id, 'post')).body.patient_confirmed_at;
    const asDesk = client(t.app, c.staff.token);
    await asDesk.patch(`/api/appointments/${id}`, { notes: 'Bring the X-rays' });
    const redentisted = await asDesk.patch(`/api/appointments/${id}`, {
      dentist: c.otherDentist.user.id,
    });
    expect(redentisted.body.patient_confirmed_at).toBe(noted);
    await asDesk.patch(`/api/appointments/${id}`, { status: 'cancelled' });
    const reinstated = await asDesk.patch(`/api/appointments/${id}`, { status: 'confirmed' });
    expect(reinstated.status).toBe(200);
    expect(reinstated.body.patient_confirmed_at).toBeNull();
  });
});

describe('the answers other channels give (text replies)', () => {
  it('"I’ll be there" by text is recorded with via sms, the patient as actor', async () => {
    const id = (await confirmedVisit()).body.id;
    const result = await confirmAttendanceByPatient(t.ctx, id, 'sms');
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(result.ok && result.appointment.patientConfirmedAt).toBe(t.clock.now);
    expect((await historyOf(id)).at(-1)).toMatchObject({
      actor: c.patient.user.id,
      changes: { via: [null, 'sms'] },
    });
    expect(await confirmAttendanceByPatient(t.ctx, id, 'sms')).toMatchObject({
      ok: true,
      changed: false,
    });
  });

  it('"I can’t come" by text cancels within the cut-off, and is too_late after it', async () => {
    const early = (await confirmedVisit()).body.id;
    expect(await cancelByPatientAnswer(t.ctx, early, 'sms')).toMatchObject({
      ok: true,
      appointment: { status: 'cancelled' },
    });
    expect((await historyOf(early)).at(-1)).toMatchObject({
      reason: 'cancelled by patient',
      changes: { status: ['confirmed', 'cancelled'], via: [null, 'sms'] },
    });
    expect(await cancelByPatientAnswer(t.ctx, early, 'sms')).toMatchObject({
      ok: false,
      reason: 'invalid_transition',
    });

    const late = (await confirmedVisit(c.otherPatient.user.id)).body.id;
    t.clock.now = STARTS_AT - 23 * HOUR;
    expect(await cancelByPatientAnswer(t.ctx, late, 'sms')).toMatchObject({
      ok: false,
      reason: 'too_late',
    });
    t.clock.now = STARTS_AT;
    expect(await confirmAttendanceByPatient(t.ctx, late, 'sms')).toMatchObject({
      ok: false,
      reason: 'too_late',
    });
    expect(await confirmAttendanceByPatient(t.ctx, 999_999, 'sms')).toMatchObject({
      ok: false,
      reason: 'not_found',
    });
  });
});
