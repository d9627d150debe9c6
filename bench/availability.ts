/**
 * The schedule a busy clinic runs on, set up through the API before the availability scenarios:
 * opening hours, each dentist's weekly pattern (some with a lunch break, some part-time), a
 * clinic closure and a few days off, so free times are computed from every kind of input.
 */

const DAY_MS = 86_400_000;

interface Interval {
  start: string;
  end: string;
}
type Week = Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Interval[]>;

async function send(base: string, token: string, method: string, path: string, body: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
}

function pattern(index: number): Week {
  const split = [
    { start: '08:00', end: '12:30' },
    { start: '13:30', end: '18:00' },
  ];
  const long = [{ start: '08:00', end: '16:00' }];
  const morning = [{ start: '08:00', end: '13:00' }];
  // Every third dentist works part-time: mornings, and not on Wednesdays.
  if (index % 3 === 2) {
    return { mon: morning, tue: morning, wed: [], thu: morning, fri: morning, sat: [], sun: [] };
  }
  const day = index % 2 === 0 ? split : long;
  return {
    mon: day,
    tue: day,
    wed: day,
    thu: day,
    fri: day,
    sat: index < 3 ? morning : [],
    sun: [],
  };
}

/** The first and last day of the month after `now`, when every day of it lies ahead. */
export function nextMonth(now = new Date()): { from: string; to: string } {
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const last = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1) - DAY_MS;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(first), to: day(last) };
}

export async function setUpSchedules(base: string, owner: string, dentists: number[]) {
  const open = { open: '08:00', close: '18:00' };
  await send(base, owner, 'PATCH', '/api/clinic', {
    opening_hours: {
      mon: open,
      tue: open,
      wed: open,
      thu: open,
      fri: open,
      sat: { open: '08:00', close: '13:00' },
      sun: null,
    },
  });
  for (const [index, dentist] of dentists.entries()) {
    await send(base, owner, 'POST', '/api/working-hours', {
      dentist,
      valid_from: null,
      days: pattern(index),
    });
  }
  const { from } = nextMonth();
  const dayOf = (offset: number) =>
    new Date(Date.parse(from) + offset * DAY_MS).toISOString().slice(0, 10);
  await send(base, owner, 'POST', '/api/schedule-exceptions', {
    kind: 'closure',
    dentist: null,
    date_from: dayOf(10),
    reason: 'Staff training',
  });
  for (const [index, dentist] of dentists.slice(0, 4).entries()) {
    await send(base, owner, 'POST', '/api/schedule-exceptions', {
      kind: 'time_off',
      dentist,
      date_from: dayOf(3 + index * 5),
      date_to: dayOf(4 + index * 5),
      reason: 'Holiday',
    });
    await send(base, owner, 'POST', '/api/schedule-exceptions', {
      kind: 'extra_hours',
      dentist,
      date_from: dayOf(5 + index * 6),
      start_time: '18:00',
      end_time: '20:00',
      reason: 'Evening clinic',
    });
  }
}

/** Whether the server being measured offers free times at all (older builds do not). */
export async function hasAvailability(base: string, token: string): Promise<boolean> {
  const { from } = nextMonth();
  const response = await fetch(
    `${base}/api/availability?service=1&dentist=any&date_from=${from}&date_to=${from}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  if (!response.ok)
    console.log(`GET /api/availability: ${response.status} ${await response.text()}`);
  return response.ok;
}
