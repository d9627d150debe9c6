import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinutesToTime,
  overlaps,
  planAppointmentTime,
  startOfClinicDay,
  toWallClock,
  wallClockToInstant,
} from './scheduling.ts';

const at = (iso: string) => Date.parse(iso);
const range = (start: string, end: string) => ({ startsAt: at(start), endsAt: at(end) });

describe('overlaps', () => {
  it('treats a slot that starts exactly when the busy one ends as free', () => {
    expect(
      overlaps(
        range('2026-12-02T09:00Z', '2026-12-02T09:30Z'),
        range('2026-12-02T09:30Z', '2026-12-02T10:00Z'),
      ),
    ).toBe(false);
  });
  it('treats a slot that ends exactly when the busy one starts as free', () => {
    expect(
      overlaps(
        range('2026-12-02T10:00Z', '2026-12-02T10:30Z'),
        range('2026-12-02T09:30Z', '2026-12-02T10:00Z'),
      ),
    ).toBe(false);
  });
  it('sees a one-minute overlap', () => {
    expect(
      overlaps(
        range('2026-12-02T09:00Z', '2026-12-02T09:31Z'),
        range('2026-12-02T09:30Z', '2026-12-02T10:00Z'),
      ),
    ).toBe(true);
  });
  it('sees a slot inside another', () => {
    expect(
      overlaps(
        range('2026-12-02T09:00Z', '2026-12-02T12:00Z'),
        range('2026-12-02T10:00Z', '2026-12-02T10:15Z'),
      ),
    ).toBe(true);
  });
  it('sees identical slots', () => {
    expect(
      overlaps(
        range('2026-12-02T09:00Z', '2026-12-02T09:30Z'),
        range('2026-12-02T09:00Z', '2026-12-02T09:30Z'),
      ),
    ).toBe(true);
  });

  const ranges = fc
    .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 500 }))
    .map(([start, length]) => ({ startsAt: start, endsAt: start + length }));

  it('is symmetric', () => {
    fc.assert(fc.property(ranges, ranges, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });
  it('agrees with a minute-by-minute check of shared instants', () => {
    fc.assert(
      fc.property(ranges, ranges, (a, b) => {
        const shared = Math.max(a.startsAt, b.startsAt) < Math.min(a.endsAt, b.endsAt);
        return overlaps(a, b) === shared;
      }),
    );
  });
});

describe('wallClockToInstant', () => {
  it('reads the clinic’s wall clock, not UTC', () => {
    expect(wallClockToInstant('2026-12-02', '09:30', 'Europe/Lisbon')).toBe(
      at('2026-12-02T09:30:00Z'),
    );
    expect(wallClockToInstant('2026-07-02', '09:30', 'Europe/Lisbon')).toBe(
      at('2026-07-02T08:30:00Z'),
    );
    expect(wallClockToInstant('2026-12-02', '09:30', 'America/New_York')).toBe(
      at('2026-12-02T14:30:00Z'),
    );
    expect(wallClockToInstant('2026-12-02', '09:30', 'Asia/Kolkata')).toBe(
      at('2026-12-02T04:00:00Z'),
    );
  });
  it('finds no instant for the hour skipped when clocks go forward', () => {
    expect(wallClockToInstant('2026-03-29', '01:30', 'Europe/Lisbon')).toBeNull();
    expect(wallClockToInstant('2026-03-08', '02:30', 'America/New_York')).toBeNull();
  });
  it('picks the earlier instant in the hour repeated when clocks go back', () => {
    expect(wallClockToInstant('2026-10-25', '01:30', 'Europe/Lisbon')).toBe(
      at('2026-10-25T00:30:00Z'),
    );
  });
  it('finds the hour after a clock change west of Greenwich', () => {
    expect(wallClockToInstant('2026-03-08', '03:00', 'America/New_York')).toBe(
      at('2026-03-08T07:00:00Z'),
    );
    expect(wallClockToInstant('2026-11-01', '02:30', 'America/New_York')).toBe(
      at('2026-11-01T07:30:00Z'),
    );
    expect(wallClockToInstant('2026-11-01', '01:30', 'America/New_York')).toBe(
      at('2026-11-01T05:30:00Z'),
    );
  });
  it('round-trips with toWallClock for every instant on the minute', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: at('2020-01-01T00:00Z') / 60_000,
          max: at('2035-01-01T00:00Z') / 60_000,
        }),
        fc.constantFrom(
          'Europe/Lisbon',
          'America/New_York',
          'Australia/Lord_Howe',
          'Asia/Kathmandu',
          'UTC',
        ),
        (minute, zone) => {
          const wall = toWallClock(minute * 60_000, zone);
          const back = wallClockToInstant(wall.date, wall.time, zone);
          expect(back).not.toBeNull();
          expect(toWallClock(back ?? 0, zone)).toEqual(wall);
        },
      ),
    );
  });
});

describe('planAppointmentTime', () => {
  it('gives start, end and the end time on the clinic’s clock', () => {
    expect(planAppointmentTime('2026-12-02', '09:30', 45, 'Europe/Lisbon')).toEqual({
      ok: true,
      startsAt: at('2026-12-02T09:30Z'),
      endsAt: at('2026-12-02T10:15Z'),
      endTime: '10:15',
    });
  });
  it('spans a clock change by real minutes', () => {
    const plan = planAppointmentTime('2026-10-25', '00:30', 120, 'Europe/Lisbon');
    expect(plan).toMatchObject({ ok: true, endTime: '01:30' });
  });
  it('refuses a visit that runs past midnight but allows one ending at midnight', () => {
    expect(planAppointmentTime('2026-12-02', '23:00', 90, 'UTC')).toMatchObject({
      ok: false,
      field: 'duration_minutes',
    });
    expect(planAppointmentTime('2026-12-02', '23:00', 60, 'UTC')).toMatchObject({
      ok: true,
      endTime: '00:00',
    });
  });
  it('refuses a time the clocks skip', () => {
    expect(planAppointmentTime('2026-03-29', '01:15', 30, 'Europe/Lisbon')).toMatchObject({
      ok: false,
      field: 'time',
    });
  });
});

describe('addMinutesToTime', () => {
  it('adds across the hour and wraps at midnight', () => {
    expect(addMinutesToTime('09:45', 30)).toBe('10:15');
    expect(addMinutesToTime('23:30', 45)).toBe('00:15');
  });
});

describe('startOfClinicDay', () => {
  it('is local midnight on an ordinary day', () => {
    expect(startOfClinicDay('2026-11-25', 'Europe/Lisbon')).toBe(at('2026-11-25T00:00Z'));
    expect(startOfClinicDay('2026-07-01', 'Europe/Lisbon')).toBe(at('2026-06-30T23:00Z'));
  });

  it('begins when the clocks resume where they skip midnight', () => {
    // Chile moves from 00:00 straight to 01:00 on the first Sunday of September.
    expect(wallClockToInstant('2026-09-06', '00:00', 'America/Santiago')).toBeNull();
    const start = startOfClinicDay('2026-09-06', 'America/Santiago');
    expect(toWallClock(start, 'America/Santiago')).toEqual({ date: '2026-09-06', time: '01:00' });
    expect(toWallClock(start - 1, 'America/Santiago').date).toBe('2026-09-05');
  });
});
