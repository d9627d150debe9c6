import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { type OpenApiDocument, openApiValidator } from '../../test/openapi-validator.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter,
// UTC+1 from 29 March 2027).
const { t, c } = clinicPerTest({ publicUrl: 'https://bright.example' });

interface FeedEvent {
  uid: string;
  summary: string;
  description: string;
  status: string;
  sequence: number;
  startsAt: number;
  endsAt: number;
}

/** A feed's events as ical.js reads them, with the calendar's name and zone. */
function readFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: FeedEvent[] = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      status: String(vevent.getFirstPropertyValue('status')),
      sequence: event.sequence,
      startsAt: event.startDate.toUnixTime() * 1000,
      endsAt: event.endDate.toUnixTime() * 1000,
    };
  });
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    zone: calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'),
    method: calendar.getFirstPropertyValue('method'),
    events,
  };
}

const uidOf = (id: number) => `appointment-${id}@bright.example`;

async function book(fields: {
  patient: number;
  dentist: number;
  date: string;
  time: string;
  status?: string;
}): Promise<number> {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    service: c.service.id,
    status: 'confirmed',
    override_availability: true,
    ...fields,
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body.id as number;
}

async function makeFeed(token: string, userId: number): Promise<string> {
  const res = await client(t.app, token).post(`/api/users/${userId}/calendar-feed`);
  expect(res.status).toBe(201);
  return res.body.url as string;
}

/** Fetches a feed without signing in, by the path of its address. */
function fetchFeed(url: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'GET', url: new URL(url).pathname, headers });
}

async function feedOf(url: string) {
  const res = await fetchFeed(url);
  expect(res.statusCode, res.body).toBe(200);
  return readFeed(res.body);
}

describe('a patient’s calendar feed', () => {
  it('shows only their own visits and their dependants’, in the clinic’s zone', async () => {
    const child = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
    });
    expect(child.status).toBe(201);
    const own = await book({
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:00',
    });
    // Across the spring clock change: 10:00 in Lisbon is 09:00 UTC in April.
    const spring = await book({
      patient: c.patient.user.id,
      dentist: c.otherDentist.user.id,
      date: '2027-04-07',
      time: '10:00',
      status: 'pending',
    });
    const childs = await book({
      patient: child.body.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '10:00',
    });
    const someoneElses = await book({
      patient: c.otherPatient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '11:00',
    });

    const url = await makeFeed(c.patient.token, c.patient.user.id);
    expect(url).toMatch(/^https:\/\/bright\.example\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetchFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    const feed = readFeed(res.body);
    expect(feed).toMatchObject({ name: 'Bright Smile Dental: my visits', zone: 'Europe/Lisbon' });
    expect(feed.method).toBeNull();
    expect(feed.events.map((e) => e.uid).sort()).toEqual(
      [uidOf(own), uidOf(spring), uidOf(childs)].sort(),
    );
    expect(feed.events.map((e) => e.uid)).not.toContain(uidOf(someoneElses));
    const byUid = new Map(feed.events.map((e) => [e.uid, e]));
    expect(byUid.get(uidOf(own))).toMatchObject({
      summary: 'Dental visit: Cleaning (Bright Smile Dental)',
      status: 'CONFIRMED',
      startsAt: Date.parse('2026-12-02T09:00:00Z'),
      endsAt: Date.parse('2026-12-02T09:45:00Z'),
    });
    expect(byUid.get(uidOf(own))?.description).toContain('With Dr. Sam Reed');
    expect(byUid.get(uidOf(spring))).toMatchObject({
      status: 'TENTATIVE',
      startsAt: Date.parse('2027-04-07T09:00:00Z'),
    });
    expect(byUid.get(uidOf(childs))?.summary).toBe('Leo Lima: Cleaning (Bright Smile Dental)');
  });

  it('follows a move: the same event at the new time with a higher sequence', async () => {
    const id = await book({
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:00',
    });
    const url = await makeFeed(c.patient.token, c.patient.user.id);
    const before = (await feedOf(url)).events[0];
    const moved = await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, {
      date: '2026-12-03',
      time: '15:30',
      override_availability: true,
    });
    expect(moved.status).toBe(200);
    const [after, ...others] = (await feedOf(url)).events;
    expect(others).toEqual([]);
    expect(after?.uid).toBe(before?.uid);
    expect(after?.startsAt).toBe(Date.parse('2026-12-03T15:30:00Z'));
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? Number.POSITIVE_INFINITY);
  });

  it('marks a cancelled visit cancelled for a fortnight, and leaves out what is outside its window', async () => {
    const cancelled = await book({
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:00',
    });
    await client(t.app, c.staff.token).patch(`/api/appointments/${cancelled}`, {
      status: 'cancelled',
    });
    // Booked back then: 55 and 15 days ago.
    const today = t.clock.now;
    t.clock.now = Date.parse('2026-09-01T10:00:00Z');
    const longAgo = await book({
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-10-01',
      time: '09:00',
    });
    const lately = await book({
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-11-10',
      time: '09:00',
    });
    t.clock.now = today;
    const farAhead = await book({
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: '2028-01-10',
      time: '09:00',
    });
    const url = await makeFeed(c.patient.token, c.patient.user.id);
    const now = (await feedOf(url)).events;
    expect(now.map((e) => [e.uid, e.status])).toEqual([
      [uidOf(lately), 'CONFIRMED'],
      [uidOf(cancelled), 'CANCELLED'],
    ]);
    expect(now.map((e) => e.uid)).not.toContain(uidOf(longAgo));
    expect(now.map((e) => e.uid)).not.toContain(uidOf(farAhead));

    // 14 days and a second later the cancellation is gone; the visit of 10 November is too,
    // 30 days old by then.
    t.clock.now = Date.parse('2026-12-10T10:00:01.000Z');
    expect((await feedOf(url)).events).toEqual([]);
  });

  it('answers 304 to a calendar that has the current version', async () => {
    await book({
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:00',
    });
    const url = await makeFeed(c.patient.token, c.patient.user.id);
    const first = await fetchFeed(url);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await fetchFeed(url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});

describe('a dentist’s calendar feed', () => {
  it('holds a whole busy year, read a page at a time', async () => {
    // 1,050 half-hour visits, 20 a day: more than two pages of the feed's reads.
    const rows = Array.from({ length: 1050 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 11, 1 + Math.floor(i / 20)));
      const startsAt = day.getTime() + 8 * 3_600_000 + (i % 20) * 1_800_000;
      const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);
      return {
        patientId: i % 2 === 0 ? c.patient.user.id : c.otherPatient.user.id,
        dentistId: c.dentist.user.id,
        serviceId: c.service.id,
        date: day.toISOString().slice(0, 10),
        time: clock(startsAt),
        endTime: clock(startsAt + 1_800_000),
        durationMinutes: 30,
        startsAt,
        endsAt: startsAt + 1_800_000,
        status: 'confirmed' as const,
        notes: '',
        createdAt: t.clock.now,
        updatedAt: t.clock.now,
      };
    });
    await t.ctx.db.transact(async (trx) => {
      for (let i = 0; i < rows.length; i += 100) {
        await trx
          .insertInto('appointments')
          .values(rows.slice(i, i + 100))
          .execute();
      }
    });
    const url = await makeFeed(c.dentist.token, c.dentist.user.id);
    const events = (await feedOf(url)).events;
    expect(events).toHaveLength(1050);
    expect(new Set(events.map((e) => e.uid)).size).toBe(1050);
    expect(events.map((e) => e.startsAt)).toEqual(rows.map((row) => row.startsAt));
  });

  it('shows only their visits, naming patients only once the clinic allows it', async () => {
    const theirs = await book({
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:00',
    });
    const colleagues = await book({
      patient: c.otherPatient.user.id,
      dentist: c.otherDentist.user.id,
      date: '2026-12-02',
      time: '09:00',
    });
    const url = await makeFeed(c.dentist.token, c.dentist.user.id);
    const hidden = await feedOf(url);
    expect(hidden.name).toBe('Bright Smile Dental: Dr. Sam Reed');
    expect(hidden.events.map((e) => e.uid)).toEqual([uidOf(theirs)]);
    expect(hidden.events.map((e) => e.uid)).not.toContain(uidOf(colleagues));
    expect(hidden.events[0]?.summary).toBe('Appointment: Cleaning');
    const hiddenText = (await fetchFeed(url)).body;
    expect(hiddenText).not.toContain('Ana Lima');

    const allowed = await client(t.app, c.owner.token).patch('/api/clinic', {
      calendar_feed_patient_names: true,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.body.calendar_feed_patient_names).toBe(true);
    expect((await feedOf(url)).events[0]?.summary).toBe('Ana Lima: Cleaning');
  });
});

describe('feed addresses', () => {
  it('stop working when revoked or replaced', async () => {
    const first = await makeFeed(c.patient.token, c.patient.user.id);
    const second = await makeFeed(c.patient.token, c.patient.user.id);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);

    const revoked = await client(t.app, c.patient.token).delete(
      `/api/users/${c.patient.user.id}/calendar-feed`,
    );
    expect(revoked.status).toBe(204);
    const gone = await fetchFeed(second);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ code: 'not_found' });
    const state = await client(t.app, c.patient.token).get(
      `/api/users/${c.patient.user.id}/calendar-feed`,
    );
    expect(state.body).toEqual({
      kind: 'patient',
      active: false,
      created_at: null,
      last_used_at: null,
    });
  });

  it('leave exactly one working when several are made at once', async () => {
    const made = await Promise.all(
      Array.from({ length: 5 }, () =>
        client(t.app, c.patient.token).post(`/api/users/${c.patient.user.id}/calendar-feed`),
      ),
    );
    expect(made.map((res) => res.status)).toEqual(Array(5).fill(201));
    const answers = await Promise.all(made.map((res) => fetchFeed(res.body.url)));
    expect(answers.filter((res) => res.statusCode === 200)).toHaveLength(1);
    expect(answers.filter((res) => res.statusCode === 404)).toHaveLength(4);
  });

  it('are shown once, then only when they were made and last used', async () => {
    const empty = await client(t.app, c.patient.token).get(
      `/api/users/${c.patient.user.id}/calendar-feed`,
    );
    expect(empty.body).toEqual({
      kind: 'patient',
      active: false,
      created_at: null,
      last_used_at: null,
    });
    const url = await makeFeed(c.patient.token, c.patient.user.id);
    await fetchFeed(url);
    const state = await client(t.app, c.patient.token).get(
      `/api/users/${c.patient.user.id}/calendar-feed`,
    );
    expect(state.body).toEqual({
      kind: 'patient',
      active: true,
      created_at: '2026-11-25T10:00:00.000Z',
      last_used_at: '2026-11-25T10:00:00.000Z',
    });
    expect(JSON.stringify(state.body)).not.toContain(new URL(url).pathname.slice(20, 63));
  });

  it('answer 404 to a token never given, and 400 to one of the wrong shape', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/calendar-feeds/${'A'.repeat(43)}.ics`,
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.app.inject({ method: 'GET', url: '/api/calendar-feeds/abc.ics' });
    expect(malformed.statusCode).toBe(400);
  });

  it('are made and revoked by the person, or by the owner for a dentist, and audited', async () => {
    const path = (id: number) => `/api/users/${id}/calendar-feed`;
    // A patient learns nothing of anyone else's account.
    for (const id of [c.otherPatient.user.id, c.dentist.user.id, 999_999]) {
      expect((await client(t.app, c.patient.token).get(path(id))).status).toBe(404);
      expect((await client(t.app, c.patient.token).post(path(id))).status).toBe(404);
      expect((await client(t.app, c.patient.token).delete(path(id))).status).toBe(404);
    }
    // The front desk manages no one else's; the owner no patient's.
    expect((await client(t.app, c.staff.token).post(path(c.dentist.user.id))).status).toBe(403);
    expect((await client(t.app, c.staff.token).get(path(c.patient.user.id))).status).toBe(403);
    expect((await client(t.app, c.owner.token).post(path(c.patient.user.id))).status).toBe(403);
    expect((await client(t.app, c.dentist.token).get(path(c.otherDentist.user.id))).status).toBe(
      403,
    );
    // A receptionist has no calendar of their own to subscribe to.
    const own = await client(t.app, c.staff.token).get(path(c.staff.user.id));
    expect(own.body).toMatchObject({ kind: null, active: false });
    const refused = await client(t.app, c.staff.token).post(path(c.staff.user.id));
    expect(refused.status).toBe(409);

    const made = await client(t.app, c.owner.token).post(path(c.dentist.user.id));
    expect(made.status).toBe(201);
    expect(made.body.webcal_url).toBe(made.body.url.replace('https:', 'webcal:'));
    const seen = await client(t.app, c.dentist.token).get(path(c.dentist.user.id));
    expect(seen.body).toMatchObject({ kind: 'dentist', active: true });
    expect((await client(t.app, c.owner.token).delete(path(c.dentist.user.id))).status).toBe(204);
    expect((await fetchFeed(made.body.url)).statusCode).toBe(404);

    const audit = await client(t.app, c.owner.token).get('/api/audit?subject=account');
    const entries = (audit.body.results as { subject_id: number; changes: unknown }[]).filter(
      (entry) => entry.subject_id === c.dentist.user.id,
    );
    expect(entries.map((entry) => entry.changes)).toEqual(
      expect.arrayContaining([
        { calendar_feed: ['none', 'active'] },
        { calendar_feed: ['active', 'revoked'] },
      ]),
    );
  });

  it('stop working when the person leaves the clinic', async () => {
    const url = await makeFeed(c.dentist.token, c.dentist.user.id);
    const deactivated = await client(t.app, c.owner.token).patch(
      `/api/users/${c.dentist.user.id}`,
      { is_active: false },
    );
    expect(deactivated.status).toBe(200);
    expect((await fetchFeed(url)).statusCode).toBe(404);
  });

  it('are limited per feed, not per client address', async () => {
    const url = await makeFeed(c.patient.token, c.patient.user.id);
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await fetchFeed(url)).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    // Another person's feed, from the same address, still answers.
    const other = await makeFeed(c.otherPatient.token, c.otherPatient.user.id);
    expect((await fetchFeed(other)).statusCode).toBe(200);
  });
});

describe('answers', () => {
  it('match the API document, the feed’s own included', async () => {
    const document: OpenApiDocument = (
      await t.app.inject({ method: 'GET', url: '/api/openapi.json' })
    ).json();
    const validator = openApiValidator(document);
    const check = async (
      method: 'GET' | 'POST' | 'DELETE',
      url: string,
      token?: string,
      headers = {},
    ) => {
      const response = await t.app.inject({
        method,
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      });
      expect(validator.problemsWith(method, url, response)).toEqual([]);
      return response;
    };
    const own = `/api/users/${c.patient.user.id}/calendar-feed`;
    await check('GET', own, c.patient.token);
    const made = await check('POST', own, c.patient.token);
    const path = new URL(made.json().url).pathname;
    const feed = await check('GET', path);
    await check('GET', path, undefined, { 'if-none-match': String(feed.headers.etag) });
    await check('POST', `/api/users/${c.staff.user.id}/calendar-feed`, c.staff.token);
    await check('GET', `/api/users/${c.dentist.user.id}/calendar-feed`, c.staff.token);
    await check('GET', `/api/users/${c.dentist.user.id}/calendar-feed`, c.patient.token);
    await check('GET', own);
    await check('DELETE', own, c.patient.token);
    await check('GET', path);
    await check('GET', '/api/calendar-feeds/abc.ics');
  });
});
