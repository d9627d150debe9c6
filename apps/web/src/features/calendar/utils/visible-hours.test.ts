import { DEFAULT_OPENING_HOURS } from '@clinic/domain';
import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../../types/api';
import { businessHoursOf, visibleHours } from './visible-hours';

const closed: OpeningHours = {
  mon: null,
  tue: null,
  wed: null,
  thu: null,
  fri: null,
  sat: null,
  sun: null,
};

describe('visibleHours', () => {
  it('shows the opening hours in whole hours', () => {
    const hours = { ...DEFAULT_OPENING_HOURS, sat: { open: '07:30', close: '12:15' } };
    expect(visibleHours(hours, [])).toEqual({ slotMinTime: '07:00:00', slotMaxTime: '18:00:00' });
  });

  it('stretches to visits booked outside them', () => {
    expect(
      visibleHours(DEFAULT_OPENING_HOURS, [
        { time: '06:45', durationMinutes: 30 },
        { time: '19:30', durationMinutes: 45 },
      ]),
    ).toEqual({ slotMinTime: '06:00:00', slotMaxTime: '21:00:00' });
    expect(visibleHours(closed, [{ time: '23:30', durationMinutes: 30 }])).toEqual({
      slotMinTime: '23:00:00',
      slotMaxTime: '24:00:00',
    });
  });

  it('falls back to a working day when the clinic has no hours and no visits', () => {
    expect(visibleHours(closed, [])).toEqual({ slotMinTime: '08:00:00', slotMaxTime: '18:00:00' });
  });
});

describe('businessHoursOf', () => {
  it('numbers weekdays from Sunday and leaves closed days out', () => {
    expect(businessHoursOf({ ...closed, mon: { open: '08:00', close: '18:00' } })).toEqual([
      { daysOfWeek: [1], startTime: '08:00', endTime: '18:00' },
    ]);
    expect(businessHoursOf({ ...closed, sun: { open: '09:00', close: '13:00' } })).toEqual([
      { daysOfWeek: [0], startTime: '09:00', endTime: '13:00' },
    ]);
  });
});
