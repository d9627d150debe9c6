import { describe, expect, it } from 'vitest';
import { formatInstant, formatLongDate, formatShortDate } from './dates';

describe('date formatting', () => {
  it('shows a clinic day as day and month', () => {
    expect(formatShortDate('2026-12-02')).toBe('2 Dec');
  });

  it('names the weekday and year in the long form', () => {
    expect(formatLongDate('2026-12-02')).toBe('Wed 2 Dec 2026');
  });

  it('shows instants on the clinic’s clock', () => {
    expect(formatInstant('2026-11-25T23:30:00.000Z', 'Asia/Tokyo')).toBe('26 Nov 2026, 08:30');
    expect(formatInstant('2026-11-25T23:30:00.000Z', 'UTC')).toBe('25 Nov 2026, 23:30');
  });

  it('passes through what it cannot read', () => {
    expect(formatShortDate('soon')).toBe('soon');
  });
});
