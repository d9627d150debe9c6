import { describe, expect, it } from 'vitest';
import type { ScheduleException } from '../api/types';
import {
  initialExceptionValues,
  lastDayAfterFirstChange,
  toExceptionBody,
  toExceptionChanges,
  toExceptionFormValues,
  validateException,
} from './exception-form-values';

const today = '2026-12-02';

describe('a closure, time off or extra hours in the form', () => {
  it('starts as whole days for time off and as hours for extra hours', () => {
    expect(initialExceptionValues('time_off', today, 4).wholeDay).toBe(true);
    expect(initialExceptionValues('extra_hours', today, 4).wholeDay).toBe(false);
  });

  it('sends whole days without times and one day as that day to itself', () => {
    const values = { ...initialExceptionValues('closure', today, null), dateTo: '' };
    expect(toExceptionBody(values, 'closure')).toEqual({
      kind: 'closure',
      dentist: null,
      dateFrom: today,
      dateTo: today,
      startTime: null,
      endTime: null,
      reason: '',
    });
  });

  it('sends hours and the chosen dentist', () => {
    const values = {
      ...initialExceptionValues('time_off', today, null),
      dentist: '7',
      wholeDay: false,
      startTime: '14:00',
      endTime: '16:30',
      reason: '  Course ',
    };
    expect(toExceptionBody(values, 'time_off')).toMatchObject({
      dentist: 7,
      startTime: '14:00',
      endTime: '16:30',
      reason: 'Course',
    });
  });

  it('asks for a dentist, a last day not before the first, and hours in order', () => {
    const values = {
      ...initialExceptionValues('time_off', today, null),
      dateTo: '2026-12-01',
      wholeDay: false,
      startTime: '12:00',
      endTime: '11:00',
    };
    expect(Object.keys(validateException(values, true)).sort()).toEqual([
      'dateTo',
      'dentist',
      'endTime',
    ]);
  });

  it('refuses more than 366 days at once', () => {
    const values = { ...initialExceptionValues('closure', today, null), dateTo: '2027-12-03' };
    expect(validateException(values, false)).toHaveProperty('dateTo');
    expect(validateException({ ...values, dateTo: '2027-12-02' }, false)).toEqual({});
  });

  it('keeps a one-day entry one day, and the last day never before the first', () => {
    const oneDay = { dateFrom: today, dateTo: today };
    expect(lastDayAfterFirstChange(oneDay, '2026-12-10')).toBe('2026-12-10');
    const week = { dateFrom: today, dateTo: '2026-12-08' };
    expect(lastDayAfterFirstChange(week, '2026-12-03')).toBe('2026-12-08');
    expect(lastDayAfterFirstChange(week, '2026-12-20')).toBe('2026-12-20');
    expect(lastDayAfterFirstChange(week, '2026-12')).toBe('2026-12-08');
  });
});

describe('editing a recorded closure, time off or extra hours', () => {
  const timeOff: ScheduleException = {
    id: 9,
    kind: 'time_off',
    dentist: 4,
    dentistName: 'Dr. Reed',
    dateFrom: '2026-12-10',
    dateTo: '2026-12-11',
    startTime: null,
    endTime: null,
    reason: 'Course',
  };

  it('starts from the entry as recorded', () => {
    expect(toExceptionFormValues(timeOff)).toMatchObject({
      dentist: '4',
      dateFrom: '2026-12-10',
      dateTo: '2026-12-11',
      wholeDay: true,
      reason: 'Course',
    });
    const hours = toExceptionFormValues({ ...timeOff, startTime: '14:00', endTime: '16:00' });
    expect(hours).toMatchObject({ wholeDay: false, startTime: '14:00', endTime: '16:00' });
  });

  it('sends nothing when nothing changed', () => {
    const initial = toExceptionFormValues(timeOff);
    expect(toExceptionChanges({ ...initial, reason: ' Course ' }, initial, 'time_off')).toEqual({});
  });

  it('sends only what changed', () => {
    const initial = toExceptionFormValues(timeOff);
    expect(toExceptionChanges({ ...initial, dateTo: '2026-12-14' }, initial, 'time_off')).toEqual({
      dateTo: '2026-12-14',
    });
    const hours = { ...initial, wholeDay: false, startTime: '08:30', endTime: '12:00' };
    expect(toExceptionChanges(hours, initial, 'time_off')).toEqual({
      startTime: '08:30',
      endTime: '12:00',
    });
  });

  it('turns hours back into whole days by clearing both times', () => {
    const initial = toExceptionFormValues({ ...timeOff, startTime: '14:00', endTime: '16:00' });
    expect(toExceptionChanges({ ...initial, wholeDay: true }, initial, 'time_off')).toEqual({
      startTime: null,
      endTime: null,
    });
  });
});
