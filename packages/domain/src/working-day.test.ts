import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS } from './opening-hours.ts';
import type { ScheduleException, WeeklyHours, WorkingPattern } from './schedule.ts';
import {
  patternInForce,
  type ScheduleFacts,
  workingDay,
  workingMinutesByDentist,
} from './working-day.ts';

const week = (mon: WeeklyHours['mon'], rest: Partial<WeeklyHours> = {}): WeeklyHours => ({
  mon,
  tue: mon,
  wed: mon,
  thu: mon,
  fri: mon,
  sat: [],
  sun: [],
  ...rest,
});

let nextId = 1;
const exception = (e: Partial<ScheduleException>): ScheduleException => ({
  id: nextId++,
  kind: 'closure',
  dentistId: null,
  dateFrom: '2026-06-01',
  dateTo: '2026-06-01',
  startTime: null,
  endTime: null,
  reason: '',
  ...e,
});

const facts = (
  patterns: WorkingPattern[],
  exceptions: ScheduleException[] = [],
): ScheduleFacts => ({
  openingHours: DEFAULT_OPENING_HOURS,
  patterns,
  exceptions,
});

// 2026-06-01 is a Monday; the default clinic opens 08:00–18:00 on weekdays.
describe('patternInForce', () => {
  const always: WorkingPattern = { dentistId: 1, validFrom: null, days: week([]) };
  const june: WorkingPattern = { dentistId: 1, validFrom: '2026-06-03', days: week([]) };
  const other: WorkingPattern = { dentistId: 2, validFrom: '2026-01-01', days: week([]) };

  it('takes the latest pattern that has started, counting a null start as since always', () => {
    expect(patternInForce([june, always, other], 1, '2026-06-02')).toBe(always);
    expect(patternInForce([june, always, other], 1, '2026-06-03')).toBe(june);
    expect(patternInForce([june, other], 1, '2026-06-02')).toBeNull();
    expect(patternInForce([always], 2, '2026-06-02')).toBeNull();
  });
});

describe('workingDay', () => {
  it('switches pattern on the day a new one starts', () => {
    const patterns: WorkingPattern[] = [
      { dentistId: 1, validFrom: null, days: week([{ start: '09:00', end: '13:00' }]) },
      { dentistId: 1, validFrom: '2026-06-03', days: week([{ start: '14:00', end: '17:00' }]) },
    ];
    expect(workingDay('2026-06-02', facts(patterns), [1]).dentists[0]?.hours).toEqual([
      { start: '09:00', end: '13:00' },
    ]);
    expect(workingDay('2026-06-03', facts(patterns), [1]).dentists[0]?.hours).toEqual([
      { start: '14:00', end: '17:00' },
    ]);
  });

  it('gives a dentist without any pattern the opening hours, and one whose pattern has not started none', () => {
    const later: WorkingPattern = {
      dentistId: 2,
      validFrom: '2026-07-01',
      days: week([{ start: '09:00', end: '12:00' }]),
    };
    const day = workingDay('2026-06-01', facts([later]), [1, 2]);
    expect(day.open).toEqual([{ start: '08:00', end: '18:00' }]);
    expect(day.dentists).toEqual([
      { dentistId: 1, hours: [{ start: '08:00', end: '18:00' }] },
      { dentistId: 2, hours: [] },
    ]);
  });

  it('clips a pattern to the opening hours', () => {
    const early: WorkingPattern = {
      dentistId: 1,
      validFrom: null,
      days: week([
        { start: '06:00', end: '09:00' },
        { start: '17:00', end: '20:00' },
      ]),
    };
    expect(workingDay('2026-06-01', facts([early]), [1]).dentists[0]?.hours).toEqual([
      { start: '08:00', end: '09:00' },
      { start: '17:00', end: '18:00' },
    ]);
  });

  it('takes closures and time off out, part days and whole days', () => {
    const day = workingDay(
      '2026-06-01',
      facts(
        [],
        [
          exception({ kind: 'closure', startTime: '12:00', endTime: '13:00' }),
          exception({ kind: 'time_off', dentistId: 1, startTime: '15:00', endTime: '16:30' }),
          exception({
            kind: 'time_off',
            dentistId: 2,
            dateFrom: '2026-05-30',
            dateTo: '2026-06-02',
          }),
        ],
      ),
      [1, 2],
    );
    expect(day.open).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '18:00' },
    ]);
    expect(day.dentists).toEqual([
      {
        dentistId: 1,
        hours: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '15:00' },
          { start: '16:30', end: '18:00' },
        ],
      },
      { dentistId: 2, hours: [] },
    ]);
  });

  it('adds extra hours outside opening hours and on a closed weekday', () => {
    const extras = [
      exception({ kind: 'extra_hours', dentistId: 1, startTime: '17:00', endTime: '20:00' }),
      exception({
        kind: 'extra_hours',
        dentistId: 1,
        dateFrom: '2026-06-06',
        dateTo: '2026-06-06',
        startTime: '09:00',
        endTime: '12:00',
      }),
    ];
    expect(workingDay('2026-06-01', facts([], extras), [1]).dentists[0]?.hours).toEqual([
      { start: '08:00', end: '20:00' },
    ]);
    // A Saturday: the clinic is closed, yet the dentist works those extra hours.
    const saturday = workingDay('2026-06-06', facts([], extras), [1]);
    expect(saturday.open).toEqual([]);
    expect(saturday.dentists[0]?.hours).toEqual([{ start: '09:00', end: '12:00' }]);
  });

  it('lets closures and time off beat extra hours', () => {
    const day = workingDay(
      '2026-06-06',
      facts(
        [],
        [
          exception({
            kind: 'extra_hours',
            dentistId: 1,
            dateFrom: '2026-06-06',
            dateTo: '2026-06-06',
            startTime: '09:00',
            endTime: '12:00',
          }),
          exception({
            kind: 'closure',
            dateFrom: '2026-06-06',
            dateTo: '2026-06-06',
            startTime: '10:00',
            endTime: '11:00',
          }),
          exception({
            kind: 'extra_hours',
            dentistId: 2,
            dateFrom: '2026-06-06',
            dateTo: '2026-06-06',
            startTime: '09:00',
            endTime: '12:00',
          }),
          exception({
            kind: 'time_off',
            dentistId: 2,
            dateFrom: '2026-06-06',
            dateTo: '2026-06-06',
          }),
        ],
      ),
      [1, 2],
    );
    expect(day.dentists).toEqual([
      {
        dentistId: 1,
        hours: [
          { start: '09:00', end: '10:00' },
          { start: '11:00', end: '12:00' },
        ],
      },
      { dentistId: 2, hours: [] },
    ]);
  });
});

describe('workingMinutesByDentist', () => {
  it('adds up each dentist’s working time over the range, zero for one who never works', () => {
    const patterns: WorkingPattern[] = [
      { dentistId: 2, validFrom: null, days: week([{ start: '09:00', end: '12:00' }]) },
      { dentistId: 3, validFrom: null, days: week([]) },
    ];
    // Monday to Sunday: five open days of ten hours, and five mornings of three.
    const totals = workingMinutesByDentist(
      '2026-06-01',
      '2026-06-07',
      facts(patterns),
      [1, 2, 3],
      'Europe/Lisbon',
    );
    expect(totals).toEqual(
      new Map([
        [1, 3000],
        [2, 900],
        [3, 0],
      ]),
    );
  });
});
