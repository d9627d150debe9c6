import { describe, expect, it } from 'vitest';
import { freeDentistsAt } from './free-dentists';

const availability = {
  days: [
    {
      date: '2026-11-25',
      slots: [
        { time: '09:00', endTime: '09:30', dentists: [4, 2] },
        { time: '09:15', endTime: '09:45', dentists: [2] },
      ],
    },
  ],
};

describe('freeDentistsAt', () => {
  it('lists the dentists free at that start, in the server’s order', () => {
    expect(freeDentistsAt(availability, '2026-11-25', '09:00')).toEqual([4, 2]);
  });

  it('lists nobody for a start that is not free, another day, or no answer yet', () => {
    expect(freeDentistsAt(availability, '2026-11-25', '09:05')).toEqual([]);
    expect(freeDentistsAt(availability, '2026-11-26', '09:00')).toEqual([]);
    expect(freeDentistsAt(undefined, '2026-11-25', '09:00')).toEqual([]);
  });
});
