import { describe, expect, it } from 'vitest';
import { addDays } from './clinic-time.ts';
import { dayClock } from './day-clock.ts';
import { minutesToClock } from './intervals.ts';
import { startOfClinicDay, toWallClock, wallClockToInstant } from './scheduling.ts';

// Days on which clocks change: at 02:00, at midnight (Santiago), by half an hour (Lord Howe).
const DAYS = [
  ['Europe/Berlin', '2026-03-29'],
  ['Europe/Berlin', '2026-10-25'],
  ['America/New_York', '2026-03-08'],
  ['America/New_York', '2026-11-01'],
  ['America/Santiago', '2026-09-06'],
  ['America/Santiago', '2026-04-04'],
  ['Australia/Lord_Howe', '2026-04-05'],
  ['Australia/Lord_Howe', '2026-10-04'],
  ['Asia/Kolkata', '2026-06-01'],
] as const;

describe.each(DAYS)('dayClock in %s on %s', (zone, date) => {
  it('maps every minute as wallClockToInstant does, and back', () => {
    const clock = dayClock(date, zone);
    for (let m = 0; m < 1440; m++) {
      const expected = wallClockToInstant(date, minutesToClock(m), zone);
      expect(clock.instantAt(m), minutesToClock(m)).toBe(expected);
      if (expected !== null) {
        expect(toWallClock(expected, zone).time).toBe(minutesToClock(clock.minuteOf(expected)));
      }
    }
  });

  it('starts and ends where the clinic day does', () => {
    const clock = dayClock(date, zone);
    expect(clock.startsAt).toBe(startOfClinicDay(date, zone));
    expect(clock.endsAt).toBe(startOfClinicDay(addDays(date, 1), zone));
  });
});
