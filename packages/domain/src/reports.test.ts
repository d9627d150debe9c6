import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS } from './opening-hours.ts';
import { daysInRange, openMinutesBetween, reportFigures } from './reports.ts';

const none = {
  pending: 0,
  confirmed: 0,
  arrived: 0,
  in_chair: 0,
  completed: 0,
  cancelled: 0,
  no_show: 0,
};

describe('openMinutesBetween', () => {
  it('adds each open day’s hours and skips closed days', () => {
    // Mon 23 to Sun 29 November 2026: five days of 08:00–18:00.
    expect(openMinutesBetween(DEFAULT_OPENING_HOURS, '2026-11-23', '2026-11-29')).toBe(5 * 600);
    expect(openMinutesBetween(DEFAULT_OPENING_HOURS, '2026-11-28', '2026-11-29')).toBe(0);
  });

  it('follows each weekday’s own hours', () => {
    const hours = { ...DEFAULT_OPENING_HOURS, sat: { open: '09:00', close: '13:30' } };
    expect(openMinutesBetween(hours, '2026-11-27', '2026-11-28')).toBe(600 + 270);
  });

  it('counts a whole leap year and refuses a longer period instead of looping on', () => {
    // 2028 has 366 days: 52 weeks of five open days, and Sat 30 + Sun 31 December closed.
    expect(openMinutesBetween(DEFAULT_OPENING_HOURS, '2028-01-01', '2028-12-31')).toBe(
      52 * 5 * 600,
    );
    expect(() => openMinutesBetween(DEFAULT_OPENING_HOURS, '2026-01-01', '2027-12-31')).toThrow(
      RangeError,
    );
  });

  it('ends at the far end of the calendar, where the next day is no YYYY-MM-DD date', () => {
    expect(openMinutesBetween(DEFAULT_OPENING_HOURS, '9999-12-31', '9999-12-31')).toBe(600);
    expect(() => openMinutesBetween(DEFAULT_OPENING_HOURS, 'not-a-date', '2026-01-01')).toThrow(
      RangeError,
    );
  });
});

describe('daysInRange', () => {
  it('counts both ends, across a month and a leap year', () => {
    expect(daysInRange('2026-11-25', '2026-11-25')).toBe(1);
    expect(daysInRange('2028-02-01', '2028-03-01')).toBe(30);
  });
});

describe('reportFigures', () => {
  it('measures no-shows against the visits that were due, cancellations against all', () => {
    const figures = reportFigures(
      { ...none, completed: 6, no_show: 2, cancelled: 2, confirmed: 8, arrived: 1, in_chair: 1 },
      900,
      3000,
    );
    expect(figures).toEqual({
      appointments: 20,
      bookedMinutes: 900,
      utilisation: 0.3,
      noShowRate: 0.25,
      cancellationRate: 0.1,
    });
  });

  it('leaves a rate empty rather than dividing by nothing', () => {
    expect(reportFigures(none, 0, 0)).toMatchObject({
      appointments: 0,
      utilisation: null,
      noShowRate: null,
      cancellationRate: null,
    });
    expect(reportFigures({ ...none, pending: 1 }, 30, null).utilisation).toBeNull();
  });
});
