import { toWallClock } from '@clinic/domain';

// FullCalendar runs in UTC and is handed the clinic's wall clock as if it were UTC time: a visit
// at 09:30 in the clinic is `…T09:30:00Z` to it, whatever the browser's own zone. Nothing is ever
// converted between zones here; the clinic's calendar and clock are the only ones shown.

/** `2026-12-02`, `09:30` → `2026-12-02T09:30:00Z` */
export function toCalendarTime(date: string, time: string): string {
  return `${date}T${time}:00Z`;
}

/** The clinic's date and `HH:MM` of a date FullCalendar hands back (a drop, a selection). */
export function fromCalendarTime(value: Date): { date: string; time: string } {
  const iso = value.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The clinic's current wall-clock time, in the same encoding: FullCalendar's "now". */
export function calendarNow(instant: number, zone: string): string {
  const { date, time } = toWallClock(instant, zone);
  return toCalendarTime(date, time);
}

/** Whole minutes from `start` to `end`. */
export function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

/** The days a view shows, from its start to its exclusive end, as the API's inclusive range. */
export function shownDays(start: Date, end: Date): { from: string; to: string } {
  return {
    from: fromCalendarTime(start).date,
    to: fromCalendarTime(new Date(end.getTime() - 1)).date,
  };
}

/**
 * Whether a selected span may become a booking: not in the past. A whole day (month view) may
 * be chosen on the clinic's today, when later hours are still free.
 */
export function isBookable(span: { start: Date; allDay: boolean }, now: string): boolean {
  if (span.allDay) return fromCalendarTime(span.start).date >= now.slice(0, 10);
  return span.start.getTime() >= Date.parse(now);
}
