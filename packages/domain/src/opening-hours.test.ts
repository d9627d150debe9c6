import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPENING_HOURS,
  findOpeningHoursProblem,
  normalizeOpeningHours,
} from './opening-hours.ts';

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

describe('normalizeOpeningHours', () => {
  it('writes every time as HH:MM and leaves closed days closed', () => {
    const hours = { ...DEFAULT_OPENING_HOURS, mon: { open: '08:30:00', close: '17:00:00' } };
    const normalized = normalizeOpeningHours(hours);
    expect(normalized.mon).toEqual({ open: '08:30', close: '17:00' });
    expect(normalized.sun).toBeNull();
  });
});
