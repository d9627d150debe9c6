import type { AppointmentStatus } from './appointment-status.ts';
import { type OpeningHours, WEEKDAYS } from './opening-hours.ts';

/** The longest period one report covers: a year, leap day included. */
export const MAX_REPORT_DAYS = 366;
/** Without dates given, a report covers the last four weeks, today included. */
export const DEFAULT_REPORT_DAYS = 28;

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Days from `from` to `to`, both included. */
export function daysInRange(from: string, to: string): number {
  return (
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
  );
}

/** The clinic's opening minutes from `from` to `to`, both included: one dentist's capacity. */
export function openMinutesBetween(hours: OpeningHours, from: string, to: string): number {
  const days = daysInRange(from, to);
  // Counted by day number, not by comparing date strings, and capped: a loop over days must
  // end whatever dates reach it.
  if (!Number.isFinite(days) || days > MAX_REPORT_DAYS) {
    throw new RangeError(`A period of clinic days spans at most ${MAX_REPORT_DAYS} days.`);
  }
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
  const firstWeekday = (new Date(`${from}T12:00:00Z`).getUTCDay() + 6) % 7;
  let total = 0;
  for (let day = 0; day < days; day++) {
    const weekday = WEEKDAYS[(firstWeekday + day) % 7];
    const period = weekday ? hours[weekday] : null;
    if (period) total += minutesOf(period.close) - minutesOf(period.open);
  }
  return total;
}

export type StatusCounts = Record<AppointmentStatus, number>;

export interface ReportFigures {
  appointments: number;
  bookedMinutes: number;
  utilisation: number | null;
  noShowRate: number | null;
  cancellationRate: number | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * The measures of one dentist's (or the clinic's) period. Booked time counts every visit that
 * held a chair, a no-show included; the no-show rate is of the visits that were due (completed
 * or missed); the cancellation rate is of all appointments in the period.
 */
export function reportFigures(
  counts: StatusCounts,
  bookedMinutes: number,
  capacityMinutes: number | null,
): ReportFigures {
  const appointments = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return {
    appointments,
    bookedMinutes,
    utilisation: capacityMinutes === null ? null : ratio(bookedMinutes, capacityMinutes),
    noShowRate: ratio(counts.no_show, counts.completed + counts.no_show),
    cancellationRate: ratio(counts.cancelled, appointments),
  };
}
