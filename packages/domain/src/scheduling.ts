import { zoneOffsetAt } from './zone-offset.ts';

/** A half-open interval of instants, `[startsAt, endsAt)`, in epoch milliseconds. */
export interface TimeRange {
  startsAt: number;
  endsAt: number;
}

/** Back-to-back ranges do not overlap: one may start exactly when the other ends. */
export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

export const DEFAULT_DURATION_MINUTES = 30;
export const MAX_DURATION_MINUTES = 8 * 60;
export const MIN_DURATION_MINUTES = 5;

/** The clinic's wall-clock date and time (`YYYY-MM-DD`, `HH:MM`) at `instant`. */
export function toWallClock(instant: number, zone: string): { date: string; time: string } {
  const shifted = new Date(instant + zoneOffsetAt(instant, zone));
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * The instant at which the clinic's clocks show `date` `time`, or null when no such instant
 * exists (the hour skipped when clocks go forward). In the hour repeated when clocks go back,
 * the earlier instant is chosen.
 */
export function wallClockToInstant(date: string, time: string, zone: string): number | null {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const naive = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // The instant lies within −14 h‥+12 h of the naive one (the range of real offsets), so the
  // offsets just outside that window are the one before and the one after any clock change
  // near it. Probing only a few hours away missed the hour after a change west of Greenwich.
  const candidates = [
    naive - zoneOffsetAt(naive - 15 * 3_600_000, zone),
    naive - zoneOffsetAt(naive + 13 * 3_600_000, zone),
  ]
    .filter((instant) => {
      const wall = toWallClock(instant, zone);
      return wall.date === date && wall.time === time;
    })
    .sort((a, b) => a - b);
  return candidates[0] ?? null;
}

/**
 * The first instant of the clinic's day `date`. Where the clocks skip midnight (some zones
 * change at 00:00), the day begins when they resume.
 */
export function startOfClinicDay(date: string, zone: string): number {
  for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const instant = wallClockToInstant(date, time, zone);
    if (instant !== null) return instant;
  }
  throw new Error(`No instant starts ${date} in ${zone}`);
}

/** `HH:MM` plus `minutes` on the same clock, wrapping past midnight. */
export function addMinutesToTime(time: string, minutes: number): string {
  const [hh, mm] = time.split(':').map(Number);
  const total = ((((hh ?? 0) * 60 + (mm ?? 0) + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export type PlannedTime =
  | { ok: true; startsAt: number; endsAt: number; endTime: string }
  | { ok: false; field: 'time' | 'duration_minutes'; message: string };

/**
 * Turns the clinic-local `date` and `time` of an appointment of `durationMinutes` into
 * instants. Refuses a time the clinic's clocks skip, and a visit that runs past midnight
 * (its end time would name the wrong day).
 */
export function planAppointmentTime(
  date: string,
  time: string,
  durationMinutes: number,
  zone: string,
): PlannedTime {
  const startsAt = wallClockToInstant(date, time, zone);
  if (startsAt === null) {
    return {
      ok: false,
      field: 'time',
      message: `${time} does not exist on ${date} in ${zone}: the clocks change then.`,
    };
  }
  const endsAt = startsAt + durationMinutes * 60_000;
  const end = toWallClock(endsAt, zone);
  if (end.date !== date && end.time !== '00:00') {
    return {
      ok: false,
      field: 'duration_minutes',
      message: 'An appointment must end on the day it starts.',
    };
  }
  return { ok: true, startsAt, endsAt, endTime: end.time };
}
