import { describe, expect, it } from 'vitest';
import { addMonths, bookableMonthRange, monthOf } from './month';

describe('months of the booking calendar', () => {
  it('names a day’s month by its first day', () => {
    expect(monthOf('2026-12-17')).toBe('2026-12-01');
  });

  it('steps across the turn of the year both ways', () => {
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
    expect(addMonths('2027-01-01', -1)).toBe('2026-12-01');
  });

  it('asks about the whole of a future month, leap day included', () => {
    expect(bookableMonthRange('2028-02-01', '2027-12-02')).toEqual({
      dateFrom: '2028-02-01',
      dateTo: '2028-02-29',
    });
  });

  it('asks about the current month from today only', () => {
    expect(bookableMonthRange('2026-12-01', '2026-12-17')).toEqual({
      dateFrom: '2026-12-17',
      dateTo: '2026-12-31',
    });
  });

  it('asks nothing about a month that is over', () => {
    expect(bookableMonthRange('2026-11-01', '2026-12-01')).toBeNull();
  });
});
