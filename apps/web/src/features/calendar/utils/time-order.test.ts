import { describe, expect, it } from 'vitest';
import { nextInTimeOrder } from './time-order';

// As a week grid lays them out: overlapping visits in one day come out of time order.
const visits = [
  { id: '7', start: '2026-12-01T10:00' },
  { id: '3', start: '2026-11-30T11:00' },
  { id: '5', start: '2026-11-30T09:00' },
  { id: '4', start: '2026-11-30T09:00' },
];

describe('nextInTimeOrder', () => {
  it('goes day by day, earliest first, equal times by id', () => {
    expect(nextInTimeOrder(visits, '4', false)).toBe('5');
    expect(nextInTimeOrder(visits, '5', false)).toBe('3');
    expect(nextInTimeOrder(visits, '3', false)).toBe('7');
  });

  it('goes back with Shift+Tab', () => {
    expect(nextInTimeOrder(visits, '7', true)).toBe('3');
    expect(nextInTimeOrder(visits, '5', true)).toBe('4');
  });

  it('lets focus leave the grid past either end', () => {
    expect(nextInTimeOrder(visits, '7', false)).toBeNull();
    expect(nextInTimeOrder(visits, '4', true)).toBeNull();
    expect(nextInTimeOrder(visits, '99', false)).toBeNull();
  });
});
