/*
 * Where a clinic day's wall-clock minutes fall in real time. Asking Intl is slow, so each day
 * is worked out once: the UTC offset at either end and, on the rare day the offset changes, the
 * instant it changes. Every minute of the day then maps by arithmetic.
 */

import { zoneOffsetAt } from './zone-offset.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface DayClock {
  date: string;
  /** The first instant of the day (when clocks skip midnight, the instant they resume). */
  startsAt: number;
  /** The first instant of the next day. */
  endsAt: number;
  /** The instant the clocks show `minute` (0‥1440), or null when they skip it. In a repeated hour, the earlier one. */
  instantAt(minute: number): number | null;
  /** As instantAt, but a minute the clocks skip maps to the instant they resume: for interval ends. */
  boundaryAt(minute: number): number;
  /** The wall-clock minute of `instant` counted from this day's midnight (may pass 1440). */
  minuteOf(instant: number): number;
}

function linearClock(date: string, base: number, offset: number): DayClock {
  return {
    date,
    startsAt: base - offset,
    endsAt: base + 24 * HOUR - offset,
    instantAt: (minute) => base + minute * MINUTE - offset,
    boundaryAt: (minute) => base + minute * MINUTE - offset,
    minuteOf: (instant) => Math.floor((instant + offset - base) / MINUTE),
  };
}

/** A day on which the offset goes from `before` to `after` at instant `change`. */
function changingClock(
  date: string,
  base: number,
  before: number,
  after: number,
  change: number,
): DayClock {
  // Wall-clock milliseconds (after midnight) at which the old clock stops and the new one starts.
  const oldStops = change + before - base;
  const newStarts = change + after - base;
  const boundaryAt = (minute: number): number => {
    const wall = minute * MINUTE;
    if (wall < oldStops) return base + wall - before;
    if (wall >= newStarts) return base + wall - after;
    return change;
  };
  return {
    date,
    startsAt: boundaryAt(0),
    endsAt: boundaryAt(24 * 60),
    instantAt: (minute) => {
      const wall = minute * MINUTE;
      if (wall < oldStops) return base + wall - before;
      if (wall >= newStarts) return base + wall - after;
      return null;
    },
    boundaryAt,
    minuteOf: (instant) =>
      Math.floor((instant + (instant < change ? before : after) - base) / MINUTE),
  };
}

function buildDayClock(date: string, zone: string): DayClock {
  const base = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  // Offsets lie within −12 h‥+14 h, so these instants fall before and after the clinic day
  // wherever the clinic is. Real offset changes are months apart: at most one lies between.
  let low = base - 15 * HOUR;
  let high = base + 38 * HOUR;
  const before = zoneOffsetAt(low, zone);
  const after = zoneOffsetAt(high, zone);
  if (before === after) return linearClock(date, base, before);
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (zoneOffsetAt(middle, zone) === before) low = middle;
    else high = middle;
  }
  return changingClock(date, base, before, after, high);
}

const MAX_REMEMBERED_DAYS = 5000;
const remembered = new Map<string, DayClock>();

/** The clock of clinic day `date` (`YYYY-MM-DD`) in `zone`, remembered for later calls. */
export function dayClock(date: string, zone: string): DayClock {
  const key = `${zone} ${date}`;
  let clock = remembered.get(key);
  if (!clock) {
    clock = buildDayClock(date, zone);
    if (remembered.size >= MAX_REMEMBERED_DAYS) {
      // Maps iterate in insertion order: drop the oldest.
      const oldest = remembered.keys().next().value;
      if (oldest !== undefined) remembered.delete(oldest);
    }
    remembered.set(key, clock);
  }
  return clock;
}
