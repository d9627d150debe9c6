import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  clinicDate,
  isClinicDate,
  isRealDate,
  isValidTimeZone,
  normalizeTime,
  weekOf,
} from './clinic-time.ts';

describe('isValidTimeZone', () => {
  it('accepts IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Europe/Lisbon')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('clinicDate', () => {
  it('gives the clinic-local date, not the UTC one', () => {
    const lateEveningInNewYork = new Date('2026-11-26T03:30:00Z');
    expect(clinicDate(lateEveningInNewYork, 'America/New_York')).toBe('2026-11-25');
    expect(clinicDate(lateEveningInNewYork, 'UTC')).toBe('2026-11-26');
  });
  it('is already tomorrow east of UTC', () => {
    expect(clinicDate(new Date('2026-11-25T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-26');
  });
});

describe('normalizeTime', () => {
  it('accepts HH:MM and HH:MM:SS', () => {
    expect(normalizeTime('09:30')).toBe('09:30');
    expect(normalizeTime('23:59:59')).toBe('23:59');
  });
  it('refuses impossible or sloppy times', () => {
    for (const bad of ['24:00', '25:00', '9:30', '09:60', '09:30:60', '', 'noon']) {
      expect(normalizeTime(bad)).toBeNull();
    }
  });
});

describe('isClinicDate', () => {
  it('accepts real dates of this century only', () => {
    expect(isClinicDate('2000-01-01')).toBe(true);
    expect(isClinicDate('2099-12-31')).toBe(true);
    expect(isClinicDate('1999-12-31')).toBe(false);
    expect(isClinicDate('2100-01-01')).toBe(false);
    expect(isClinicDate('9999-12-31')).toBe(false);
    expect(isClinicDate('2026-02-30')).toBe(false);
  });
});

describe('isRealDate', () => {
  it('refuses dates that do not exist', () => {
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-2-3')).toBe(false);
  });
  it('accepts leap days only in leap years', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
  });
  it('agrees with the calendar for every day of a wide range', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2300-12-31'), noInvalidDate: true }),
        (d) => {
          expect(isRealDate(d.toISOString().slice(0, 10))).toBe(true);
        },
      ),
    );
  });
});

describe('weekOf', () => {
  it('runs Monday to Sunday', () => {
    expect(weekOf('2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf('2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });
  it('crosses month and year ends', () => {
    expect(weekOf('2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });
});

describe('addDays', () => {
  it('moves across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
