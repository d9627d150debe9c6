import { describe, expect, it } from 'vitest';
import type { WorkingDay } from '../../availability';
import { gapsOf, mergeIntervals, nonWorkingEvents, workingIntervals } from './working-time';

const day: WorkingDay = {
  date: '2026-12-07',
  open: [{ start: '09:00', end: '17:00' }],
  dentists: [
    { dentist: 5, hours: [{ start: '09:00', end: '12:00' }] },
    { dentist: 7, hours: [{ start: '13:00', end: '19:00' }] },
  ],
};

describe('the calendar’s working time', () => {
  it('merges overlapping and touching intervals', () => {
    expect(
      mergeIntervals([
        { start: '13:00', end: '14:00' },
        { start: '09:00', end: '11:00' },
        { start: '10:00', end: '13:00' },
      ]),
    ).toEqual([{ start: '09:00', end: '14:00' }]);
  });

  it('finds the time around the working intervals, to midnight', () => {
    expect(
      gapsOf([
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]),
    ).toEqual([
      { start: '00:00', end: '09:00' },
      { start: '12:00', end: '13:00' },
      { start: '17:00', end: '24:00' },
    ]);
    expect(gapsOf([])).toEqual([{ start: '00:00', end: '24:00' }]);
  });

  it('follows one dentist when the calendar shows one', () => {
    expect(workingIntervals(day, 5)).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(workingIntervals(day, 99)).toEqual([]);
  });

  it('counts opening hours and every dentist’s hours, extra hours included, for the whole clinic', () => {
    expect(workingIntervals(day, null)).toEqual([{ start: '09:00', end: '19:00' }]);
  });

  it('shades the non-working time, ending at the next midnight', () => {
    const events = nonWorkingEvents([day], 5, 'Closed');
    expect(events.map((event) => [event.start, event.end])).toEqual([
      ['2026-12-07T00:00:00Z', '2026-12-07T09:00:00Z'],
      ['2026-12-07T12:00:00Z', '2026-12-08T00:00:00Z'],
    ]);
    expect(events.every((event) => event.display === 'background')).toBe(true);
    expect(events.some((event) => event.title)).toBe(false);
  });

  it('labels a day without any working time as closed, in the month view as well', () => {
    const closed: WorkingDay = { date: '2026-12-25', open: [], dentists: [] };
    const events = nonWorkingEvents([closed], null, 'Closed');
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.title === 'Closed')).toBe(true);
    expect(events.find((event) => event.allDay)).toMatchObject({
      start: '2026-12-25',
      end: '2026-12-26',
    });
  });
});
