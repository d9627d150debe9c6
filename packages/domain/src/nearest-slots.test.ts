import { describe, expect, it } from 'vitest';
import type { FreeDay } from './free-slots.ts';
import { nearestFreeSlots } from './nearest-slots.ts';

const slot = (time: string) => ({ time, endTime: time, dentists: [1] });
const days: FreeDay[] = [
  { date: '2026-06-01', slots: [slot('09:00'), slot('16:00')] },
  { date: '2026-06-02', slots: [] },
  { date: '2026-06-03', slots: [slot('08:00'), slot('11:00')] },
];

describe('nearestFreeSlots', () => {
  it('picks the nearest on either side, nearest first, across days', () => {
    expect(
      nearestFreeSlots(days, { date: '2026-06-02', time: '12:00' }).map(
        (s) => `${s.date} ${s.time}`,
      ),
    ).toEqual(['2026-06-01 16:00', '2026-06-03 08:00', '2026-06-03 11:00']);
  });

  it('prefers the earlier of two equally near and respects the count', () => {
    const near = nearestFreeSlots(days, { date: '2026-06-01', time: '12:30' }, 1);
    expect(near).toEqual([{ date: '2026-06-01', ...slot('09:00') }]);
    expect(nearestFreeSlots([], { date: '2026-06-01', time: '12:30' })).toEqual([]);
  });
});
