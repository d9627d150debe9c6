import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '../api/types';
import {
  copyMondayToWeekdays,
  emptyWeek,
  patternOn,
  sortPatterns,
  toWeekBody,
  validateWeek,
  weekFromOpeningHours,
} from './weekly-pattern';

function pattern(id: number, validFrom: string | null): WorkingHours {
  return { id, dentist: 1, validFrom, days: emptyWeek() };
}

describe('a weekly pattern in the editor', () => {
  it('starts from the opening hours, closed days off', () => {
    const week = weekFromOpeningHours({
      mon: { open: '09:00', close: '17:00' },
      tue: null,
      wed: null,
      thu: null,
      fri: null,
      sat: null,
      sun: null,
    });
    expect(week.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(week.tue).toEqual([]);
  });

  it('copies Monday to Tuesday–Friday, leaving the weekend and Monday itself alone', () => {
    const week = emptyWeek();
    week.mon = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    week.sat = [{ start: '09:00', end: '12:00' }];
    const copied = copyMondayToWeekdays(week);
    expect(copied.thu).toEqual(week.mon);
    expect(copied.sat).toEqual(week.sat);
    expect(copied.sun).toEqual([]);
    copied.tue[0] = { start: '10:00', end: '11:00' };
    expect(week.mon[0]?.start).toBe('08:00');
  });

  it('puts each problem under the field to fix', () => {
    const week = emptyWeek();
    week.mon = [
      { start: '09:00', end: '13:00' },
      { start: '12:00', end: '15:00' },
    ];
    week.tue = [{ start: '14:00', end: '10:00' }];
    week.wed = [{ start: '9', end: '10:00' }];
    expect(validateWeek(week)).toEqual({
      'days.mon.1.start': 'Overlaps another interval of this day.',
      'days.tue.0.end': 'The end must be after the start.',
      'days.wed.0.start': 'Enter a time as HH:MM.',
    });
  });

  it('accepts back-to-back intervals and refuses a ninth', () => {
    const week = emptyWeek();
    week.mon = [
      { start: '09:00', end: '12:00' },
      { start: '12:00', end: '13:00' },
    ];
    expect(validateWeek(week)).toEqual({});
    week.tue = Array.from({ length: 9 }, (_, hour) => ({
      start: `${String(8 + hour).padStart(2, '0')}:00`,
      end: `${String(8 + hour).padStart(2, '0')}:30`,
    }));
    expect(validateWeek(week)).toHaveProperty('days.tue');
  });

  it('sends each day in time order', () => {
    const week = emptyWeek();
    week.fri = [
      { start: '14:00', end: '18:00' },
      { start: '08:00', end: '12:00:00' },
    ];
    expect(toWeekBody(week).fri).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ]);
  });
});

describe('the pattern in force', () => {
  const patterns = [pattern(3, '2027-01-01'), pattern(1, null), pattern(2, '2026-06-01')];

  it('is the latest to start on or before the day', () => {
    expect(patternOn(patterns, '2026-05-31')?.id).toBe(1);
    expect(patternOn(patterns, '2026-06-01')?.id).toBe(2);
    expect(patternOn(patterns, '2027-03-01')?.id).toBe(3);
  });

  it('is none before the first one starts when none is "since always"', () => {
    expect(patternOn([pattern(2, '2026-06-01')], '2026-01-01')).toBeNull();
  });

  it('lists "since always" first, then by start day', () => {
    expect(sortPatterns(patterns).map((p) => p.id)).toEqual([1, 2, 3]);
  });
});
