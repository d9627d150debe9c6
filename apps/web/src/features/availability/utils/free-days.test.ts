import { describe, expect, it } from 'vitest';
import type { Availability } from '../api/get-availability';
import { daysWithFreeTimes, isFreeTime, nearestSlots, slotsOn } from './free-days';

const slot = (time: string) => ({ time, endTime: time, dentists: [1] });
const answer: Availability = {
  service: 1,
  durationMinutes: 30,
  days: [
    { date: '2026-12-07', slots: [slot('09:00'), slot('09:30')] },
    { date: '2026-12-08', slots: [] },
    { date: '2026-12-09', slots: [slot('14:00')] },
  ],
};

describe('free days and times', () => {
  it('marks only the days that have a free time', () => {
    expect([...daysWithFreeTimes(answer)]).toEqual(['2026-12-07', '2026-12-09']);
    expect(daysWithFreeTimes(undefined).size).toBe(0);
  });

  it('lists a day’s free times, and none for a day not asked about', () => {
    expect(slotsOn(answer, '2026-12-09').map((s) => s.time)).toEqual(['14:00']);
    expect(slotsOn(answer, '2026-12-31')).toEqual([]);
  });

  it('offers the free times nearest a refused one, nearest first, earlier on a tie', () => {
    const slots = ['08:00', '09:00', '10:00', '11:00', '13:00'].map(slot);
    expect(nearestSlots(slots, '10:30').map((s) => s.time)).toEqual(['10:00', '11:00', '09:00']);
    expect(nearestSlots(slots, '12:00', 2).map((s) => s.time)).toEqual(['11:00', '13:00']);
  });

  it('tells an offered time from one typed outside them', () => {
    expect(isFreeTime(answer.days[0]?.slots ?? [], '09:30')).toBe(true);
    expect(isFreeTime(answer.days[0]?.slots ?? [], '09:15')).toBe(false);
  });
});
