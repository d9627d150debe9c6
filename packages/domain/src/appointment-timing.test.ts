import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  isPastAppointment,
  openingSlots,
  startsInFuture,
  timeSlots,
  weekdayOf,
} from './appointment-timing.ts';
import { DEFAULT_OPENING_HOURS } from './opening-hours.ts';

const TODAY = '2026-11-25';

describe('availableTransitions', () => {
  it('offers check-in on the day, completed and no-show once the day has come', () => {
    expect(availableTransitions('confirmed', TODAY, TODAY)).toEqual([
      'arrived',
      'completed',
      'cancelled',
      'no_show',
      'pending',
    ]);
    expect(availableTransitions('confirmed', '2026-11-20', TODAY)).toContain('no_show');
    expect(availableTransitions('confirmed', '2026-11-20', TODAY)).not.toContain('arrived');
  });

  it('offers seating and its undo to an arrived patient on the day only', () => {
    expect(availableTransitions('arrived', TODAY, TODAY)).toEqual([
      'in_chair',
      'completed',
      'cancelled',
      'confirmed',
    ]);
    expect(availableTransitions('arrived', '2026-11-24', TODAY)).toEqual([
      'completed',
      'cancelled',
    ]);
  });

  it('holds back completed and no-show before the day', () => {
    expect(availableTransitions('confirmed', '2026-11-26', TODAY)).toEqual([
      'cancelled',
      'pending',
    ]);
  });

  it('offers nothing for final statuses', () => {
    expect(availableTransitions('completed', TODAY, TODAY)).toEqual([]);
    expect(availableTransitions('no_show', TODAY, TODAY)).toEqual([]);
  });

  it('lets a cancelled appointment be reinstated', () => {
    expect(availableTransitions('cancelled', '2026-12-01', TODAY)).toEqual([
      'pending',
      'confirmed',
    ]);
  });
});

describe('startsInFuture', () => {
  const now = Date.parse('2026-11-25T10:00:00Z');

  it('compares the clinic’s wall clock, not UTC', () => {
    // 10:30 in Lisbon (UTC+0 in winter) is later; 10:30 in New York is 15:30 UTC, also later.
    expect(startsInFuture(TODAY, '10:30', now, 'Europe/Lisbon')).toBe(true);
    expect(startsInFuture(TODAY, '09:59', now, 'Europe/Lisbon')).toBe(false);
    // 10:30 in Tokyo is 01:30 UTC, already gone.
    expect(startsInFuture(TODAY, '10:30', now, 'Asia/Tokyo')).toBe(false);
  });

  it('treats the exact present as past', () => {
    expect(startsInFuture(TODAY, '10:00', now, 'UTC')).toBe(false);
  });

  it('refuses a time the clocks skip', () => {
    expect(startsInFuture('2027-03-28', '01:30', now, 'Europe/Lisbon')).toBe(false);
  });
});

describe('isPastAppointment', () => {
  const now = { date: TODAY, time: '12:00' };
  const visit = { date: TODAY, time: '11:00', endTime: '11:30', status: 'confirmed' as const };

  it('puts visits that have ended in the past', () => {
    expect(isPastAppointment(visit, now)).toBe(true);
    expect(isPastAppointment({ ...visit, date: '2026-11-24', time: '15:00' }, now)).toBe(true);
  });

  it('keeps a visit under way upcoming until it ends', () => {
    expect(isPastAppointment({ ...visit, endTime: '12:30' }, now)).toBe(false);
    expect(isPastAppointment({ ...visit, endTime: '12:00' }, now)).toBe(true);
  });

  it('puts recorded outcomes in the past even before their end', () => {
    const later = { ...visit, time: '23:00', endTime: '23:30' };
    expect(isPastAppointment({ ...later, status: 'completed' }, now)).toBe(true);
    expect(isPastAppointment({ ...later, status: 'no_show' }, now)).toBe(true);
    expect(isPastAppointment({ ...later, status: 'cancelled' }, now)).toBe(false);
  });

  it('reads an end time of midnight as the end of the day', () => {
    const lateVisit = { ...visit, time: '23:30', endTime: '00:00' };
    expect(isPastAppointment(lateVisit, { date: TODAY, time: '23:45' })).toBe(false);
  });
});

describe('timeSlots', () => {
  it('steps from the start up to, not including, the end', () => {
    expect(timeSlots('08:00', '09:00', 15)).toEqual(['08:00', '08:15', '08:30', '08:45']);
  });

  it('runs to midnight when the end is 00:00', () => {
    expect(timeSlots('23:00', '00:00', 30)).toEqual(['23:00', '23:30']);
  });

  it('gives nothing for an empty range or a step of zero', () => {
    expect(timeSlots('10:00', '10:00', 15)).toEqual([]);
    expect(timeSlots('08:00', '09:00', 0)).toEqual([]);
  });
});

describe('weekdayOf', () => {
  it('names the weekday of a calendar date', () => {
    expect(weekdayOf('2026-11-25')).toBe('wed');
    expect(weekdayOf('2026-11-29')).toBe('sun');
    expect(weekdayOf('2026-11-30')).toBe('mon');
  });

  it('gives null for what is not a real date', () => {
    expect(weekdayOf('2026-02-30')).toBeNull();
    expect(weekdayOf('')).toBeNull();
  });
});

describe('openingSlots', () => {
  it('offers start times while the clinic is open that day', () => {
    const slots = openingSlots('2026-11-25', DEFAULT_OPENING_HOURS, 30);
    expect(slots?.[0]).toBe('08:00');
    expect(slots?.at(-1)).toBe('17:30');
  });

  it('gives null on a closed day', () => {
    expect(openingSlots('2026-11-29', DEFAULT_OPENING_HOURS, 30)).toBeNull();
  });
});
