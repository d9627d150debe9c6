import { beforeEach, describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { type OpenApiDocument, openApiValidator } from '../../test/openapi-validator.ts';
import { client, type Json, type WireBody } from '../../test/test-app.ts';
import { addInboxItems, notifyFrontDesk } from './index.ts';

/*
 * The bell (decision 043). The test clock reads Wednesday 2026-11-25 10:00 in Lisbon (UTC+0 in
 * winter); the clinic opens Monday to Friday 08:00–18:00. No mail server is configured: the bell
 * works without one.
 */
const { t, c } = clinicPerTest();
let validator: ReturnType<typeof openApiValidator>;
beforeEach(async () => {
  const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  validator = openApiValidator(document as OpenApiDocument);
});

/** Asks as `token`, checking the answer against the API document. */
async function ask(token: string, method: 'GET' | 'POST', url: string, body?: Json) {
  const res =
    method === 'GET'
      ? await client(t.app, token).get(url)
      : await client(t.app, token).post(url, body);
  expect(validator.problemsWith(method, url, res.raw)).toEqual([]);
  return res;
}

const inboxOf = async (token: string, query = '') =>
  (await ask(token, 'GET', `/api/inbox${query}`)).body as {
    count: number;
    next: string | null;
    previous: null;
    results: WireBody[];
  };
const unreadOf = async (token: string) =>
  (await ask(token, 'GET', '/api/inbox/unread-count')).body.unread as number;
const kindsOf = async (token: string) => (await inboxOf(token)).results.map((i) => i.kind);

/** A request by the patient (or a guardian for a dependant), for the given dentist. */
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

const confirm = (id: number) =>
  client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { status: 'confirmed' });

describe('who hears of a patient’s request', () => {
  it('tells the front desk and the visit’s dentist, and no other dentist or patient', async () => {
    const { id } = await request(c.patient.token);
    for (const person of [c.owner, c.staff, c.dentist]) {
      const page = await inboxOf(person.token);
      expect(page.results).toEqual([
        {
          id: expect.any(Number),
          kind: 'request_received',
          created_at: '2026-11-25T10:00:00.000Z',
          read: false,
          read_at: null,
          appointment: id,
          patient: c.patient.user.id,
          patient_name: 'Ana Lima',
          actor: c.patient.user.id,
          actor_name: 'Ana Lima',
          date: '2026-12-02',
          time: '09:30',
          previous_date: null,
          previous_time: null,
          message: null,
          sender: null,
        },
      ]);
      expect(await unreadOf(person.token)).toBe(1);
    }
    for (const person of [c.otherDentist, c.patient, c.otherPatient]) {
      expect(await inboxOf(person.token)).toMatchObject({ count: 0, results: [] });
      expect(await unreadOf(person.token)).toBe(0);
    }
    // The bell needs no mail server: nothing went to the email outbox.
    const emails = await t.ctx.db.kysely.selectFrom('notifications').selectAll().execute();
    expect(emails).toEqual([]);
  });

  it('tells the front desk of a patient’s cancellation and move, with the time before', async () => {
    const { id } = await request(c.patient.token);
    await confirm(id);
    const asPatient = client(t.app, c.patient.token);
    const moved = await asPatient.patch(`/api/appointments/${id}`, {
      date: '2026-12-03',
      time: '14:00',
    });
    expect(moved.status).toBe(200);
    expect((await asPatient.patch(`/api/appointments/${id}`, { status: 'cancelled' })).status).toBe(
      200,
    );
    const page = await inboxOf(c.staff.token);
    expect(page.results.map((i) => i.kind)).toEqual([
      'patient_cancelled',
      'patient_moved',
      'request_received',
    ]);
    expect(page.results[1]).toMatchObject({
      date: '2026-12-03',
      time: '14:00',
      previous_date: '2026-12-02',
      previous_time: '09:30',
    });
    expect(page.results[0]).toMatchObject({ date: '2026-12-03', time: '14:00' });
  });

  it('tells nobody of the team’s own bookings and changes, but the patient', async () => {
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.patient.user.id,
      date: '2026-12-02',
      time: '11:00',
    });
    expect(booked.body.status).toBe('pending');
    for (const person of [c.owner, c.staff, c.dentist, c.patient]) {
      expect(await kindsOf(person.token)).toEqual([]);
    }
  });
});

describe('who hears of the clinic’s changes', () => {
  it('tells the patient when the clinic confirms, moves and cancels their visit', async () => {
    const { id } = await request(c.patient.token);
    expect((await confirm(id)).status).toBe(200);
    const asStaff = client(t.app, c.staff.token);
    await asStaff.patch(`/api/appointments/${id}`, { time: '10:30' });
    await asStaff.patch(`/api/appointments/${id}`, { status: 'cancelled', reason: 'Ill' });
    const page = await inboxOf(c.patient.token);
    expect(page.results.map((i) => i.kind)).toEqual([
      'appointment_cancelled',
      'appointment_moved',
      'appointment_confirmed',
    ]);
    expect(page.results[2]).toMatchObject({
      appointment: id,
      patient_name: 'Ana Lima',
      actor: c.staff.user.id,
      actor_name: 'Maria Costa',
      date: '2026-12-02',
      time: '09:30',
    });
    expect(page.results[1]).toMatchObject({ time: '10:30', previous_time: '09:30' });
    expect(await kindsOf(c.otherPatient.token)).toEqual([]);
    // The team hears only of what the patient did: the request.
    expect(await kindsOf(c.staff.token)).toEqual(['request_received']);
  });

  it('tells a dependant’s guardian, naming the child', async () => {
    const added = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
    });
    expect(added.status).toBe(201);
    const leo = added.body as { id: number };
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: leo.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:00',
      status: 'confirmed',
    });
    expect(booked.status).toBe(201);
    expect((await inboxOf(c.patient.token)).results).toEqual([
      expect.objectContaining({
        kind: 'appointment_confirmed',
        appointment: booked.body.id,
        patient: leo.id,
        patient_name: 'Leo Lima',
      }),
    ]);
    const rows = await t.ctx.db.kysely.selectFrom('inboxItems').select('userId').execute();
    expect(rows).toEqual([{ userId: c.patient.user.id }]);

    // Once unlinked, the former guardian no longer reads about the child's visits.
    const unlinked = await client(t.app, c.owner.token).patch(`/api/users/${leo.id}`, {
      guardian: null,
      phone: '912 345 678',
    });
    expect(unlinked.status).toBe(200);
    expect(await inboxOf(c.patient.token)).toMatchObject({ count: 0, results: [] });
    expect(await unreadOf(c.patient.token)).toBe(0);
  });
});

describe('reading', () => {
  it('keeps read state per person: one of the desk reading leaves the other’s unread', async () => {
    await request(c.patient.token);
    const [item] = (await inboxOf(c.staff.token)).results;
    const read = await ask(c.staff.token, 'POST', '/api/inbox/read', { ids: [item.id] });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ unread: 0 });
    expect((await inboxOf(c.staff.token)).results[0]).toMatchObject({
      read: true,
      read_at: '2026-11-25T10:00:00.000Z',
    });
    expect(await unreadOf(c.owner.token)).toBe(1);
    expect((await inboxOf(c.owner.token)).results[0]).toMatchObject({ read: false });
  });

  it('is idempotent, keeps the first moment read, and ignores other people’s items', async () => {
    await request(c.patient.token);
    const owners = (await inboxOf(c.owner.token)).results;
    const [staffItem] = (await inboxOf(c.staff.token)).results;
    // The staff member names the owner's item: it stays the owner's, unread.
    const foreign = await ask(c.staff.token, 'POST', '/api/inbox/read', {
      ids: [owners[0].id],
    });
    expect(foreign.body).toEqual({ unread: 1 });
    expect(await unreadOf(c.owner.token)).toBe(1);

    await ask(c.staff.token, 'POST', '/api/inbox/read', { ids: [staffItem.id] });
    t.clock.now += 60_000;
    const again = await ask(c.staff.token, 'POST', '/api/inbox/read', { ids: [staffItem.id] });
    expect(again.body).toEqual({ unread: 0 });
    const all = await ask(c.staff.token, 'POST', '/api/inbox/read', { all: true });
    expect(all.body).toEqual({ unread: 0 });
    expect((await inboxOf(c.staff.token)).results[0].read_at).toBe('2026-11-25T10:00:00.000Z');
  });

  it('marks all as read up to the newest item seen, leaving a later one unread', async () => {
    await request(c.patient.token);
    await request(c.otherPatient.token, { time: '11:00' });
    const seen = (await inboxOf(c.owner.token)).results;
    expect(seen).toHaveLength(2);
    await request(c.patient.token, { date: '2026-12-03' });
    const res = await ask(c.owner.token, 'POST', '/api/inbox/read', {
      all: true,
      up_to: seen[0].id,
    });
    expect(res.body).toEqual({ unread: 1 });
    const unread = await inboxOf(c.owner.token, '?unread=true');
    expect(unread.count).toBe(1);
    expect(unread.results[0]).toMatchObject({ date: '2026-12-03', read: false });
  });

  it('refuses a body that asks for nothing, or for two things, with a clear 400', async () => {
    for (const body of [{}, { ids: [1], all: true }, { ids: [] as number[], up_to: 3 }]) {
      const res = await ask(c.staff.token, 'POST', '/api/inbox/read', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('validation_error');
    }
    const bad = await ask(c.staff.token, 'POST', '/api/inbox/read', { ids: ['x'] });
    expect(bad.status).toBe(400);
    const tooMany = await ask(c.staff.token, 'POST', '/api/inbox/read', {
      ids: Array.from({ length: 201 }, (_, i) => i + 1),
    });
    expect(tooMany.status).toBe(400);
    // Marking no ids at all is a request for nothing, answered like one.
    expect((await ask(c.staff.token, 'POST', '/api/inbox/read', { ids: [] })).status).toBe(200);
  });

  it('asks for a session', async () => {
    for (const [method, url] of [
      ['GET', '/api/inbox'],
      ['GET', '/api/inbox/unread-count'],
      ['POST', '/api/inbox/read'],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        ...(method === 'POST' ? { payload: { all: true } } : {}),
      });
      expect(res.statusCode, url).toBe(401);
    }
  });
});

describe('paging', () => {
  // More requests than a patient may hold open by default.
  beforeEach(async () => {
    const res = await client(t.app, c.owner.token).patch('/api/clinic', { max_open_requests: 10 });
    expect(res.status).toBe(200);
  });

  it('goes back in time a page at a time, steady while new items arrive', async () => {
    for (let i = 0; i < 5; i++) {
      await request(c.patient.token, { time: `${String(9 + i).padStart(2, '0')}:00` });
    }
    const first = await inboxOf(c.staff.token, '?page_size=2');
    expect(first.count).toBe(5);
    expect(first.previous).toBeNull();
    expect(first.results.map((i) => i.time)).toEqual(['13:00', '12:00']);
    expect(first.next).toMatch(/^\/api\/inbox\?page_size=2&cursor=\d+$/);

    // A new item arrives between pages: the next page neither repeats nor skips one.
    await request(c.otherPatient.token, { time: '15:00' });
    const second = await inboxOf(c.staff.token, (first.next ?? '').replace('/api/inbox', ''));
    expect(second.results.map((i) => i.time)).toEqual(['11:00', '10:00']);
    const third = await inboxOf(c.staff.token, (second.next ?? '').replace('/api/inbox', ''));
    expect(third.results.map((i) => i.time)).toEqual(['09:00']);
    expect(third.next).toBeNull();
  });

  it('lists only the unread ones when asked, keeping the filter in the next link', async () => {
    for (let i = 0; i < 3; i++) {
      await request(c.patient.token, { time: `${String(9 + i).padStart(2, '0')}:00` });
    }
    const all = (await inboxOf(c.staff.token)).results;
    await ask(c.staff.token, 'POST', '/api/inbox/read', { ids: [all[1].id] });
    const page = await inboxOf(c.staff.token, '?unread=true&page_size=1');
    expect(page.count).toBe(2);
    expect(page.results.map((i) => i.time)).toEqual(['11:00']);
    expect(page.next).toMatch(/unread=true/);
    const rest = await inboxOf(c.staff.token, (page.next ?? '').replace('/api/inbox', ''));
    expect(rest.results.map((i) => i.time)).toEqual(['09:00']);
  });

  it('refuses a cursor or page size it cannot use with a 400', async () => {
    for (const query of ['?cursor=abc', '?cursor=0', '?page_size=0', '?page_size=101']) {
      const res = await ask(c.staff.token, 'GET', `/api/inbox${query}`);
      expect(res.status, query).toBe(400);
    }
  });
});

describe('what a role reads', () => {
  it('shows a staff member made a patient none of the items about other patients', async () => {
    await request(c.patient.token);
    expect(await unreadOf(c.staff.token)).toBe(1);
    const demoted = await client(t.app, c.owner.token).patch(`/api/users/${c.staff.user.id}`, {
      role: 'patient',
    });
    expect(demoted.status).toBe(200);
    // Their sessions ended with the change; they sign in again as a patient.
    const login = await client(t.app).post('/api/auth/login', {
      email: c.staff.user.email,
      password: 'molar-crown-lisbon-42',
    });
    expect(login.status).toBe(200);
    expect(await inboxOf(login.body.token)).toMatchObject({ count: 0, results: [] });
    expect(await unreadOf(login.body.token)).toBe(0);
  });
});

describe('for other parts of the server', () => {
  it('tells the front desk of a patient’s message, in the caller’s transaction', async () => {
    const told = await t.ctx.db.transact((trx) =>
      notifyFrontDesk(trx, {
        text: '  Can I bring my daughter too?  ',
        sender: '+351912345678',
        patientId: c.patient.user.id,
        appointmentId: null,
        now: t.clock.now,
      }),
    );
    expect(told.sort()).toEqual([c.owner.user.id, c.staff.user.id].sort());
    expect((await inboxOf(c.owner.token)).results).toEqual([
      expect.objectContaining({
        kind: 'patient_message',
        message: 'Can I bring my daughter too?',
        sender: '+351912345678',
        patient_name: 'Ana Lima',
        actor: null,
        appointment: null,
      }),
    ]);
    expect(await kindsOf(c.dentist.token)).toEqual([]);
    expect(await kindsOf(c.patient.token)).toEqual([]);
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    await expect(
      t.ctx.db.transact(async (trx) => {
        await addInboxItems(trx, [
          {
            userId: c.owner.user.id,
            kind: 'patient_message',
            appointmentId: null,
            patientId: null,
            actorId: null,
            payload: { message: 'Hello', sender: '+351912345678' },
            createdAt: t.clock.now,
          },
        ]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await unreadOf(c.owner.token)).toBe(0);
  });

  it('writes no item for a booking the book refuses', async () => {
    await request(c.patient.token);
    const clash = await client(t.app, c.otherPatient.token).post('/api/appointments', {
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: '2026-12-02',
      time: '09:30',
    });
    expect(clash.status).toBe(409);
    expect(await unreadOf(c.owner.token)).toBe(1);
  });
});
