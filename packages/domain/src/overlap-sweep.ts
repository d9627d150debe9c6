import type { TimeRange } from './scheduling.ts';

/** A visit on one calendar: a dentist's or a patient's. */
export interface CalendarVisit extends TimeRange {
  calendar: number;
}

/**
 * Finds overlapping visits in a stream sorted by calendar, then by start. Each call takes the
 * next visit and returns an earlier visit of the same calendar it overlaps, or null. Only the
 * visit that ends last so far is kept, so a book of any size is checked in constant memory:
 * a visit overlaps an earlier one exactly when it starts before the latest end seen.
 */
export function createOverlapSweep<T extends CalendarVisit>(): (visit: T) => T | null {
  let latest: T | null = null;
  return (visit) => {
    if (latest === null || latest.calendar !== visit.calendar) {
      latest = visit;
      return null;
    }
    const clash = visit.startsAt < latest.endsAt ? latest : null;
    if (visit.endsAt > latest.endsAt) latest = visit;
    return clash;
  };
}
