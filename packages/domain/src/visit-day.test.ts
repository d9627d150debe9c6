import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrivedOnTime,
  isLate,
  LATE_GRACE_MINUTES,
  minutesWaited,
  visitTimesAfter,
  waitingFigures,
} from './visit-day.ts';

const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 25, 9, 0);

describe('visitTimesAfter', () => {
  const none = { arrivedAt: null, seatedAt: null };

  it('starts the wait on check-in and ends it on seating', () => {
    const arrived = visitTimesAfter('confirmed', 'arrived', none, START - 3 * MINUTE);
    expect(arrived).toEqual({ arrivedAt: START - 3 * MINUTE, seatedAt: null });
    const seated = visitTimesAfter('arrived', 'in_chair', arrived, START + 10 * MINUTE);
    expect(seated).toEqual({ arrivedAt: START - 3 * MINUTE, seatedAt: START + 10 * MINUTE });
    expect(visitTimesAfter('in_chair', 'completed', seated, START + 40 * MINUTE)).toEqual(seated);
    expect(visitTimesAfter('confirmed', 'completed', none, START)).toEqual(none);
  });

  it('forgets the time an undone step had set', () => {
    const seated = { arrivedAt: START, seatedAt: START + 5 * MINUTE };
    expect(visitTimesAfter('in_chair', 'arrived', seated, START + 6 * MINUTE)).toEqual({
      arrivedAt: START,
      seatedAt: null,
    });
    expect(
      visitTimesAfter('arrived', 'confirmed', { arrivedAt: START, seatedAt: null }, START),
    ).toEqual(none);
  });

  it('keeps the arrival of a patient who left before being seen', () => {
    const arrived = { arrivedAt: START, seatedAt: null };
    expect(visitTimesAfter('arrived', 'cancelled', arrived, START + MINUTE)).toEqual(arrived);
  });

  it('changes nothing when the status stays', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (arrivedAt, now) => {
        const visit = { arrivedAt, seatedAt: null, notes: 'not a time' };
        expect(visitTimesAfter('arrived', 'arrived', visit, now)).toEqual({
          arrivedAt,
          seatedAt: null,
        });
      }),
    );
  });
});

describe('isLate', () => {
  it('marks a confirmed patient late only after the start and its grace', () => {
    const grace = LATE_GRACE_MINUTES * MINUTE;
    expect(isLate({ status: 'confirmed', startsAt: START }, START + grace)).toBe(false);
    expect(isLate({ status: 'confirmed', startsAt: START }, START + grace + 1)).toBe(true);
  });

  it('never marks a patient who is there, or a request, as late', () => {
    for (const status of ['pending', 'arrived', 'in_chair', 'completed'] as const) {
      expect(isLate({ status, startsAt: START }, START + 60 * MINUTE)).toBe(false);
    }
  });
});

describe('arrivedOnTime and minutesWaited', () => {
  it('counts an arrival within the grace as on time', () => {
    expect(arrivedOnTime(START, START + LATE_GRACE_MINUTES * MINUTE)).toBe(true);
    expect(arrivedOnTime(START, START + LATE_GRACE_MINUTES * MINUTE + 1)).toBe(false);
    expect(arrivedOnTime(START, START - 20 * MINUTE)).toBe(true);
  });

  it('counts whole minutes and never a negative wait', () => {
    expect(minutesWaited(START, START + 90_000)).toBe(1);
    expect(minutesWaited(START, START - MINUTE)).toBe(0);
  });
});

describe('waitingFigures', () => {
  it('gives the median and mean wait, and the share of arrivals on time', () => {
    const figures = waitingFigures([
      { startsAt: START, arrivedAt: START - 5 * MINUTE, seatedAt: START + 5 * MINUTE },
      { startsAt: START, arrivedAt: START + 10 * MINUTE, seatedAt: START + 12 * MINUTE },
      { startsAt: START, arrivedAt: START, seatedAt: START + 30 * MINUTE },
      { startsAt: START, arrivedAt: START, seatedAt: null },
      { startsAt: START, arrivedAt: null, seatedAt: null },
    ]);
    expect(figures).toEqual({
      waitedVisits: 3,
      waitingMedianMinutes: 10,
      waitingMeanMinutes: 14,
      arrivedVisits: 4,
      onTimeRate: 0.75,
    });
  });

  it('takes the middle two of an even number of waits', () => {
    const figures = waitingFigures([
      { startsAt: START, arrivedAt: START, seatedAt: START + 4 * MINUTE },
      { startsAt: START, arrivedAt: START, seatedAt: START + 7 * MINUTE },
    ]);
    expect(figures.waitingMedianMinutes).toBe(5.5);
  });

  it('says nothing rather than zero without recorded arrivals', () => {
    expect(waitingFigures([{ startsAt: START, arrivedAt: null, seatedAt: null }])).toEqual({
      waitedVisits: 0,
      waitingMedianMinutes: null,
      waitingMeanMinutes: null,
      arrivedVisits: 0,
      onTimeRate: null,
    });
  });
});
