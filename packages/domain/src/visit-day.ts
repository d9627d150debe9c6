import type { AppointmentStatus } from './appointment-status.ts';

/**
 * Minutes after the start time within which an arrival still counts as on time. Past it, a
 * confirmed patient who has not arrived is late on the day board.
 */
export const LATE_GRACE_MINUTES = 5;
const GRACE_MS = LATE_GRACE_MINUTES * 60_000;

/** When the patient arrived and was seated, epoch milliseconds, or null while not yet. */
export interface VisitTimes {
  arrivedAt: number | null;
  seatedAt: number | null;
}

/**
 * The arrival and seating times after a move from `from` to `to` at `now`. Checking in starts
 * the wait, seating ends it; undoing either forgets the time it had set. A visit that goes on
 * to completed or cancelled keeps the times it had, for the reports.
 */
export function visitTimesAfter(
  from: AppointmentStatus,
  to: AppointmentStatus,
  current: VisitTimes,
  now: number,
): VisitTimes {
  const kept = { arrivedAt: current.arrivedAt, seatedAt: current.seatedAt };
  if (from === to) return kept;
  if (to === 'arrived' && from === 'in_chair') return { arrivedAt: kept.arrivedAt, seatedAt: null };
  if (to === 'arrived') return { arrivedAt: now, seatedAt: null };
  if (to === 'in_chair') return { arrivedAt: current.arrivedAt ?? now, seatedAt: now };
  if (to === 'confirmed' || to === 'pending') return { arrivedAt: null, seatedAt: null };
  return kept;
}

/** A confirmed patient who has not arrived by the start time and its grace. */
export function isLate(
  visit: { status: AppointmentStatus; startsAt: number },
  now: number,
): boolean {
  return visit.status === 'confirmed' && now > visit.startsAt + GRACE_MS;
}

/** Whether an arrival at `arrivedAt` was on time for a visit starting at `startsAt`. */
export function arrivedOnTime(startsAt: number, arrivedAt: number): boolean {
  return arrivedAt <= startsAt + GRACE_MS;
}

/** Whole minutes waited from arrival until `until` (seating, or now while still waiting). */
export function minutesWaited(arrivedAt: number, until: number): number {
  return Math.max(0, Math.floor((until - arrivedAt) / 60_000));
}

export interface WaitingFigures {
  /** Visits whose arrival and seating were both recorded: the waits measured. */
  waitedVisits: number;
  waitingMedianMinutes: number | null;
  waitingMeanMinutes: number | null;
  /** Visits whose arrival was recorded: the base of the on-time rate. */
  arrivedVisits: number;
  onTimeRate: number | null;
}

/**
 * Waiting time (arrival to chair, in minutes, median and mean) and the on-time rate (arrivals
 * no later than the start time and its grace, of all recorded arrivals). Visits without a
 * recorded arrival (booked before check-in existed, or recorded after the fact) are left out
 * rather than counted as on time or late.
 */
export function waitingFigures(
  visits: readonly { startsAt: number; arrivedAt: number | null; seatedAt: number | null }[],
): WaitingFigures {
  const waits: number[] = [];
  let arrived = 0;
  let onTime = 0;
  for (const visit of visits) {
    if (visit.arrivedAt === null) continue;
    arrived += 1;
    if (arrivedOnTime(visit.startsAt, visit.arrivedAt)) onTime += 1;
    if (visit.seatedAt !== null) waits.push((visit.seatedAt - visit.arrivedAt) / 60_000);
  }
  waits.sort((a, b) => a - b);
  return {
    waitedVisits: waits.length,
    waitingMedianMinutes: median(waits),
    waitingMeanMinutes:
      waits.length === 0 ? null : round1(waits.reduce((sum, w) => sum + w, 0) / waits.length),
    arrivedVisits: arrived,
    onTimeRate: arrived === 0 ? null : onTime / arrived,
  };
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return round1(value);
}

const round1 = (value: number) => Math.round(value * 10) / 10;
