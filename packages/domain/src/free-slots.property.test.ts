import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './clinic-time.ts';
import {
  type AvailabilityRequest,
  type BusyTime,
  type FreeDay,
  fitsAvailability,
  freeSlots,
  placeInWorkingTime,
} from './free-slots.ts';
import { minutesToClock } from './intervals.ts';
import { type OpeningHours, WEEKDAYS, type Weekday } from './opening-hours.ts';
import {
  SCHEDULE_EXCEPTION_KINDS,
  type ScheduleException,
  SLOT_STEP_MINUTES,
  type WeeklyHours,
  type WorkingPattern,
} from './schedule.ts';
import { startOfClinicDay, toWallClock, wallClockToInstant } from './scheduling.ts';

/*
 * A slow reference: decides minute by minute on the wall clock who works, turns each run of
 * working minutes into instants with scheduling.ts's own conversion, and tries every grid time.
 */

const MINUTE = 60_000;
const DENTISTS = [1, 2, 3];

function weekday(date: string): Weekday {
  return WEEKDAYS[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7] as Weekday;
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const within = (m: number, start: string, end: string) =>
  toMinutes(start) <= m && m < toMinutes(end);

function covers(e: ScheduleException, date: string, m: number): boolean {
  if (e.dateFrom > date || e.dateTo < date) return false;
  return e.startTime === null || e.endTime === null || within(m, e.startTime, e.endTime);
}

function referenceWorks(r: AvailabilityRequest, dentist: number | null, date: string, m: number) {
  const period = r.openingHours[weekday(date)];
  const opening = period !== null && within(m, period.open, period.close);
  const closed = r.exceptions.some((e) => e.kind === 'closure' && covers(e, date, m));
  if (dentist === null) return opening && !closed;
  const own = r.exceptions.filter((e) => e.dentistId === dentist);
  const off = own.some((e) => e.kind === 'time_off' && covers(e, date, m));
  const extra = own.some((e) => e.kind === 'extra_hours' && covers(e, date, m));
  const patterns = r.patterns.filter((p) => p.dentistId === dentist);
  let usual = opening;
  if (patterns.length > 0) {
    const inForce = patterns
      .filter((p) => p.validFrom === null || p.validFrom <= date)
      .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''))
      .pop();
    usual =
      opening && (inForce?.days[weekday(date)].some((i) => within(m, i.start, i.end)) ?? false);
  }
  return (usual || extra) && !closed && !off;
}

const instantCache = new Map<string, number | null>();
function instant(date: string, m: number, zone: string): number | null {
  const key = `${zone} ${date} ${m}`;
  if (!instantCache.has(key)) {
    instantCache.set(
      key,
      m >= 1440
        ? startOfClinicDay(addDays(date, 1), zone)
        : wallClockToInstant(date, minutesToClock(m), zone),
    );
  }
  return instantCache.get(key) ?? null;
}

/** A boundary the clocks skip stands for the instant they resume. */
function boundary(date: string, m: number, zone: string): number {
  for (let x = m; ; x++) {
    const at = instant(date, x, zone);
    if (at !== null) return at;
  }
}

function referenceSpans(r: AvailabilityRequest, dentist: number | null, date: string) {
  const spans: { startsAt: number; endsAt: number }[] = [];
  let runStart: number | null = null;
  for (let m = 0; m <= 1440; m++) {
    const works = m < 1440 && referenceWorks(r, dentist, date, m);
    if (works && runStart === null) runStart = m;
    if (!works && runStart !== null) {
      spans.push({ startsAt: boundary(date, runStart, r.zone), endsAt: boundary(date, m, r.zone) });
      runStart = null;
    }
  }
  return spans;
}

/** Closures and the dentist's time off on `date`, as instants. */
function awayRanges(r: AvailabilityRequest, dentist: number | null, date: string) {
  return r.exceptions
    .filter((e) => e.kind === 'closure' || (e.kind === 'time_off' && e.dentistId === dentist))
    .filter((e) => e.dateFrom <= date && date <= e.dateTo)
    .map((e) => ({
      startsAt: boundary(date, e.startTime === null ? 0 : toMinutes(e.startTime), r.zone),
      endsAt: boundary(date, e.endTime === null ? 1440 : toMinutes(e.endTime), r.zone),
    }));
}

function referenceFreeSlots(r: AvailabilityRequest): FreeDay[] {
  const days: FreeDay[] = [];
  const calendars = r.dentistIds.length === 0 ? [null] : r.dentistIds;
  for (let date = r.dateFrom; date <= r.dateTo; date = addDays(date, 1)) {
    const day: FreeDay = { date, slots: [] };
    days.push(day);
    if (r.lastDate !== null && date > r.lastDate) continue;
    const dayStart = startOfClinicDay(date, r.zone);
    const dayEnd = startOfClinicDay(addDays(date, 1), r.zone);
    const load = (id: number | null) =>
      r.busy.filter((b) => b.dentistId === id && b.startsAt >= dayStart && b.startsAt < dayEnd)
        .length;
    const ordered = [...calendars].sort((a, b) => load(a) - load(b) || (a ?? 0) - (b ?? 0));
    const spans = new Map(ordered.map((id) => [id, referenceSpans(r, id, date)]));
    for (let m = 0; m < 1440; m += r.stepMinutes) {
      const s = instant(date, m, r.zone);
      if (s === null || s < r.earliestStart) continue;
      const visitEnd = s + r.durationMinutes * MINUTE;
      const chairEnd = visitEnd + r.bufferAfterMinutes * MINUTE;
      const free = ordered.filter(
        (id) =>
          (spans.get(id) ?? []).some((x) => x.startsAt <= s && visitEnd <= x.endsAt) &&
          !r.busy.some((b) => b.dentistId === id && b.startsAt < chairEnd && s < b.endsAt),
      );
      if (free.length === 0) continue;
      day.slots.push({
        time: minutesToClock(m),
        endTime: toWallClock(visitEnd, r.zone).time,
        dentists: free.filter((id): id is number => id !== null),
      });
    }
  }
  return days;
}

// Generators. Times sit on a five-minute grid so that boundaries meet the slot grid often.
const fiveMinutes = (max: number) => fc.integer({ min: 0, max: max / 5 }).map((n) => n * 5);

const intervalList = fc
  .uniqueArray(fiveMinutes(1435), { minLength: 0, maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const intervals = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push({
        start: minutesToClock(sorted[i] as number),
        end: minutesToClock(sorted[i + 1] as number),
      });
    }
    return intervals;
  });

const weeklyHours: fc.Arbitrary<WeeklyHours> = fc.record(
  Object.fromEntries(WEEKDAYS.map((d) => [d, intervalList])) as Record<
    Weekday,
    typeof intervalList
  >,
);

const openingPeriod = fc
  .tuple(fiveMinutes(1435), fiveMinutes(1435))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({
    open: minutesToClock(Math.min(a, b)),
    close: minutesToClock(Math.max(a, b)),
  }));

const openingHours: fc.Arbitrary<OpeningHours> = fc.record(
  Object.fromEntries(WEEKDAYS.map((d) => [d, fc.option(openingPeriod, { freq: 4 })])) as Record<
    Weekday,
    fc.Arbitrary<{ open: string; close: string } | null>
  >,
);

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York'];
// Clock changes in Berlin and New York, and an ordinary week.
const FIRST_DAYS = ['2026-03-28', '2026-10-24', '2026-03-07', '2026-10-31', '2026-06-15'];

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    dateFrom: fc.constantFrom(...FIRST_DAYS),
    length: fc.integer({ min: 1, max: 3 }),
    openingHours,
    patternPlans: fc.array(
      fc.record({
        dentistId: fc.constantFrom(...DENTISTS),
        offset: fc.option(fc.integer({ min: 0, max: 3 })),
        days: weeklyHours,
      }),
      { maxLength: 4 },
    ),
    exceptionPlans: fc.array(
      fc.record({
        kind: fc.constantFrom(...SCHEDULE_EXCEPTION_KINDS),
        dentistId: fc.constantFrom(...DENTISTS),
        from: fc.integer({ min: -1, max: 3 }),
        days: fc.integer({ min: 0, max: 2 }),
        times: fc.option(
          fc.tuple(fiveMinutes(1435), fiveMinutes(1435)).filter(([a, b]) => a !== b),
        ),
      }),
      { maxLength: 4 },
    ),
    busyPlans: fc.array(
      fc.record({
        dentistId: fc.constantFrom(null, ...DENTISTS),
        day: fc.integer({ min: 0, max: 2 }),
        minute: fc.integer({ min: 0, max: 1439 }),
        length: fc.integer({ min: 5, max: 240 }),
      }),
      { maxLength: 12 },
    ),
    durationMinutes: fiveMinutes(240).filter((d) => d > 0),
    bufferAfterMinutes: fc.constantFrom(0, 0, 5, 10, 30),
    stepMinutes: fc.constantFrom(...SLOT_STEP_MINUTES),
    earliestMinute: fc.option(fc.integer({ min: 0, max: 3 * 1440 })),
    lastDay: fc.option(fc.integer({ min: 0, max: 2 })),
    dentistIds: fc.subarray(DENTISTS),
  })
  .map((p): AvailabilityRequest => {
    const first = p.dateFrom;
    const start = startOfClinicDay(first, p.zone);
    const patterns: WorkingPattern[] = [];
    for (const plan of p.patternPlans) {
      const validFrom = plan.offset === null ? null : addDays(first, plan.offset);
      if (patterns.some((x) => x.dentistId === plan.dentistId && x.validFrom === validFrom))
        continue;
      patterns.push({ dentistId: plan.dentistId, validFrom, days: plan.days });
    }
    const exceptions: ScheduleException[] = p.exceptionPlans.map((e, id) => {
      const [a, b] = e.times ?? [0, 0];
      return {
        id,
        kind: e.kind,
        dentistId: e.kind === 'closure' ? null : e.dentistId,
        dateFrom: addDays(first, e.from),
        dateTo: addDays(first, e.from + e.days),
        startTime: e.times ? minutesToClock(Math.min(a, b)) : null,
        endTime: e.times ? minutesToClock(Math.max(a, b)) : null,
        reason: '',
      };
    });
    const busy: BusyTime[] = p.busyPlans.map((b) => {
      const startsAt = start + (b.day * 1440 + b.minute) * MINUTE;
      return { dentistId: b.dentistId, startsAt, endsAt: startsAt + b.length * MINUTE };
    });
    return {
      openingHours: p.openingHours,
      patterns,
      exceptions,
      dateFrom: first,
      dateTo: addDays(first, p.length - 1),
      zone: p.zone,
      durationMinutes: p.durationMinutes,
      bufferAfterMinutes: p.bufferAfterMinutes,
      stepMinutes: p.stepMinutes,
      earliestStart: p.earliestMinute === null ? 0 : start + p.earliestMinute * MINUTE,
      lastDate: p.lastDay === null ? null : addDays(first, p.lastDay),
      dentistIds: p.dentistIds,
      busy,
    };
  });

const RUNS = { numRuns: 150 };
// The reference asks Intl for every minute it converts; on a busy machine that takes seconds.
const SLOW = 60_000;

describe('freeSlots against the minute-by-minute reference', () => {
  it(
    'offers exactly the grid times where the visit fits a free gap, with the same dentists in the same order',
    () => {
      fc.assert(
        fc.property(scenario, (request) => {
          expect(freeSlots(request)).toEqual(referenceFreeSlots(request));
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'never offers a time that overlaps a busy time, closure or time off, or breaks notice or horizon',
    () => {
      fc.assert(
        fc.property(scenario, (request) => {
          for (const day of freeSlots(request)) {
            if (request.lastDate !== null && day.slots.length > 0) {
              expect(day.date <= request.lastDate).toBe(true);
            }
            for (const slot of day.slots) {
              const s = wallClockToInstant(day.date, slot.time, request.zone);
              expect(s).not.toBeNull();
              const start = s as number;
              expect(start).toBeGreaterThanOrEqual(request.earliestStart);
              expect(toMinutes(slot.time) % request.stepMinutes).toBe(0);
              const visitEnd = start + request.durationMinutes * MINUTE;
              const chairEnd = visitEnd + request.bufferAfterMinutes * MINUTE;
              const who = request.dentistIds.length === 0 ? [null] : slot.dentists;
              expect(who.length).toBeGreaterThan(0);
              for (const id of who) {
                for (const b of request.busy) {
                  if (b.dentistId === id)
                    expect(b.startsAt >= chairEnd || b.endsAt <= start).toBe(true);
                }
                // Every boundary is on the five-minute grid, so checking every fifth real minute
                // of the visit checks all of it. In the second pass of a repeated hour the wall
                // clock is ambiguous, and the interval's converted ends decide (checked above).
                for (let t = start; t < visitEnd; t += 5 * MINUTE) {
                  const wall = toWallClock(t, request.zone);
                  expect(wall.date).toBe(day.date);
                  if (wallClockToInstant(wall.date, wall.time, request.zone) !== t) continue;
                  expect(referenceWorks(request, id, day.date, toMinutes(wall.time))).toBe(true);
                }
                for (const away of awayRanges(request, id, day.date)) {
                  expect(away.startsAt >= visitEnd || away.endsAt <= start).toBe(true);
                }
              }
            }
          }
        }),
        { numRuns: 50 },
      );
    },
    SLOW,
  );

  it(
    'takes time away with busy times, never adds it: whatever fits with them fits without',
    () => {
      fc.assert(
        fc.property(scenario, (request) => {
          const calendars = request.dentistIds.length === 0 ? [null] : request.dentistIds;
          for (let date = request.dateFrom; date <= request.dateTo; date = addDays(date, 1)) {
            for (let m = 0; m < 1440; m += request.stepMinutes) {
              const booking = { date, time: minutesToClock(m) };
              for (const dentistId of calendars) {
                const placed = placeInWorkingTime(request, { ...booking, dentistId });
                if (fitsAvailability(request, { ...booking, dentistId })) {
                  expect(placed, `${date} ${booking.time} dentist ${dentistId}`).not.toBeNull();
                }
              }
            }
          }
        }),
        { numRuns: 40 },
      );
    },
    SLOW,
  );

  it(
    'agrees with fitsAvailability on every grid time and dentist',
    () => {
      fc.assert(
        fc.property(scenario, (request) => {
          const offered = new Map<string, Set<number | null>>();
          for (const day of freeSlots(request)) {
            for (const slot of day.slots) {
              const who = request.dentistIds.length === 0 ? [null] : slot.dentists;
              offered.set(`${day.date} ${slot.time}`, new Set(who));
            }
          }
          const calendars = request.dentistIds.length === 0 ? [null] : request.dentistIds;
          for (let date = request.dateFrom; date <= request.dateTo; date = addDays(date, 1)) {
            for (let m = 0; m < 1440; m += request.stepMinutes) {
              const time = minutesToClock(m);
              for (const dentistId of calendars) {
                const fits = fitsAvailability(request, { date, time, dentistId });
                expect(fits, `${date} ${time} dentist ${dentistId}`).toBe(
                  offered.get(`${date} ${time}`)?.has(dentistId) ?? false,
                );
              }
            }
          }
        }),
        { numRuns: 60 },
      );
    },
    SLOW,
  );
});
