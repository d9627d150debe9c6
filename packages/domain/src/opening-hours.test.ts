import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS, findOpeningHoursProblem } from './opening-hours.ts';

describe('findOpeningHoursProblem', () => {
  it('accepts the default week', () => {
    expect(findOpeningHoursProblem(DEFAULT_OPENING_HOURS)).toBeNull();
  });
  it('names the day that closes before it opens', () => {
    const hours = { ...DEFAULT_OPENING_HOURS, wed: { open: '18:00', close: '08:00' } };
    expect(findOpeningHoursProblem(hours)).toEqual({
      day: 'wed',
      message: 'Opening time must be before closing time.',
    });
  });
  it('refuses times that are not on a 24-hour clock', () => {
    const hours = { ...DEFAULT_OPENING_HOURS, sat: { open: '8am', close: '12:00' } };
    expect(findOpeningHoursProblem(hours)?.day).toBe('sat');
  });
});
