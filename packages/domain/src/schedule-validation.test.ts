import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from './schedule.ts';
import { findScheduleExceptionProblem, findWeeklyHoursProblem } from './schedule-validation.ts';

const emptyWeek: WeeklyHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

describe('findWeeklyHoursProblem', () => {
  it('accepts split days with touching intervals and days off', () => {
    const days = {
      ...emptyWeek,
      mon: [
        { start: '13:00', end: '17:00' },
        { start: '08:00', end: '13:00' },
      ],
    };
    expect(findWeeklyHoursProblem(days)).toBeNull();
  });

  it('names the day with a bad time, a backwards interval, an overlap or too many intervals', () => {
    expect(findWeeklyHoursProblem({ ...emptyWeek, tue: [{ start: '9am', end: '12:00' }] })).toEqual(
      {
        day: 'tue',
        message: 'Times must be HH:MM on a 24-hour clock.',
      },
    );
    expect(
      findWeeklyHoursProblem({ ...emptyWeek, wed: [{ start: '12:00', end: '12:00' }] }),
    ).toEqual({
      day: 'wed',
      message: 'Each interval must start before it ends.',
    });
    const overlapping = [
      { start: '08:00', end: '12:00' },
      { start: '11:00', end: '14:00' },
    ];
    expect(findWeeklyHoursProblem({ ...emptyWeek, thu: overlapping })).toEqual({
      day: 'thu',
      message: 'Working intervals on the same day must not overlap.',
    });
    const nine = Array.from({ length: 9 }, (_, i) => ({
      start: `${String(8 + i).padStart(2, '0')}:00`,
      end: `${String(8 + i).padStart(2, '0')}:30`,
    }));
    expect(findWeeklyHoursProblem({ ...emptyWeek, fri: nine })?.day).toBe('fri');
    expect(findWeeklyHoursProblem({ ...emptyWeek, fri: nine.slice(0, 8) })).toBeNull();
  });
});

describe('findScheduleExceptionProblem', () => {
  const closure = {
    kind: 'closure' as const,
    dentistId: null,
    dateFrom: '2026-12-24',
    dateTo: '2026-12-26',
    startTime: null,
    endTime: null,
  };

  it('accepts a whole-day closure and a part-day time off', () => {
    expect(findScheduleExceptionProblem(closure)).toBeNull();
    expect(
      findScheduleExceptionProblem({
        ...closure,
        kind: 'time_off',
        dentistId: 4,
        startTime: '08:00',
        endTime: '12:00',
      }),
    ).toBeNull();
  });

  it('wants no dentist on a closure and one on the other kinds', () => {
    expect(findScheduleExceptionProblem({ ...closure, dentistId: 4 })?.field).toBe('dentist');
    expect(findScheduleExceptionProblem({ ...closure, kind: 'extra_hours' })?.field).toBe(
      'dentist',
    );
  });

  it('refuses an unknown kind', () => {
    // The wire schema would stop this first; the rule holds for any caller.
    const kind = 'holiday' as unknown as 'closure';
    expect(findScheduleExceptionProblem({ ...closure, kind })?.field).toBe('kind');
  });

  it('wants the last day on or after the first and at most 366 days in all', () => {
    expect(findScheduleExceptionProblem({ ...closure, dateTo: '2026-12-23' })?.field).toBe(
      'date_to',
    );
    expect(findScheduleExceptionProblem({ ...closure, dateTo: '2027-12-25' })?.field).toBe(
      'date_to',
    );
    expect(findScheduleExceptionProblem({ ...closure, dateTo: '2027-12-24' })).toBeNull();
  });

  it('wants both times or neither, the start before the end', () => {
    expect(findScheduleExceptionProblem({ ...closure, startTime: '09:00' })).toEqual({
      field: 'end_time',
      message: 'Give both times, or neither for whole days.',
    });
    expect(findScheduleExceptionProblem({ ...closure, endTime: '09:00' })?.field).toBe(
      'start_time',
    );
    expect(
      findScheduleExceptionProblem({ ...closure, startTime: '13:00', endTime: '12:00' }),
    ).toEqual({ field: 'end_time', message: 'The end time must be after the start time.' });
    expect(
      findScheduleExceptionProblem({ ...closure, startTime: '25:00', endTime: '26:00' })?.field,
    ).toBe('start_time');
  });
});
