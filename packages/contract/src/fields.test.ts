import { describe, expect, it } from 'vitest';
import { timeField } from './appointments.ts';
import { clinicDayField } from './clinic-day.ts';
import { priceField } from './services.ts';
import { listUsersQuery } from './users.ts';

describe('the contract’s shared field rules', () => {
  it('reads prices as whole cents, from strings or numbers, never as floats', () => {
    expect(priceField.parse('80')).toBe(8000);
    expect(priceField.parse(' 80.5 ')).toBe(8050);
    expect(priceField.parse(0.1)).toBe(10);
    expect(priceField.safeParse('80.001').success).toBe(false);
    expect(priceField.safeParse('-1').success).toBe(false);
  });

  it('takes times with or without seconds and answers HH:MM', () => {
    expect(timeField.parse('09:30:00')).toBe('09:30');
    expect(timeField.safeParse('24:00').success).toBe(false);
  });

  it('takes only real clinic days', () => {
    expect(clinicDayField.safeParse('2026-02-28').success).toBe(true);
    expect(clinicDayField.safeParse('2026-02-30').success).toBe(false);
    expect(clinicDayField.safeParse('0001-01-01').success).toBe(false);
  });

  it('pages lists 50 at a time from the first page unless asked otherwise', () => {
    expect(listUsersQuery.parse({})).toMatchObject({ page: 1, page_size: 50 });
    expect(listUsersQuery.safeParse({ page_size: '201' }).success).toBe(false);
    expect(listUsersQuery.parse({ is_active: '0' })).toMatchObject({ is_active: false });
  });
});
