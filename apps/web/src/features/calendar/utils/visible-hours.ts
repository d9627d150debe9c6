import { WEEKDAYS } from '@clinic/domain';
import type { OpeningHours } from '../../../types/api';

export interface VisibleHours {
  /** FullCalendar durations, `HH:00:00`; the end may be `24:00:00`. */
  slotMinTime: string;
  slotMaxTime: string;
}

const FALLBACK = { open: 8 * 60, close: 18 * 60 };

function minutesOf(time: string): number {
  const [hh, mm] = time.split(':').map(Number);
  return (hh ?? 0) * 60 + (mm ?? 0);
}

function asDuration(minutes: number): string {
  return `${String(minutes / 60).padStart(2, '0')}:00:00`;
}

/**
 * The hours the time grid shows: the clinic's opening hours, stretched to whole hours and to any
 * visit booked outside them, so that nothing shown in the range is ever out of sight.
 */
export function visibleHours(
  hours: OpeningHours,
  appointments: readonly { time: string; durationMinutes: number }[],
): VisibleHours {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const day of WEEKDAYS) {
    const period = hours[day];
    if (!period) continue;
    first = Math.min(first, minutesOf(period.open));
    last = Math.max(last, minutesOf(period.close));
  }
  for (const appointment of appointments) {
    const start = minutesOf(appointment.time);
    first = Math.min(first, start);
    last = Math.max(last, start + appointment.durationMinutes);
  }
  if (!Number.isFinite(first)) {
    first = FALLBACK.open;
    last = FALLBACK.close;
  }
  return {
    slotMinTime: asDuration(Math.floor(first / 60) * 60),
    slotMaxTime: asDuration(Math.min(24 * 60, Math.ceil(last / 60) * 60)),
  };
}

/** Opening hours as FullCalendar's business hours, which it shades the rest of the week around. */
export function businessHoursOf(hours: OpeningHours) {
  return WEEKDAYS.flatMap((day, index) => {
    const period = hours[day];
    // FullCalendar counts weekdays from Sunday (0); WEEKDAYS starts on Monday.
    return period
      ? [{ daysOfWeek: [(index + 1) % 7], startTime: period.open, endTime: period.close }]
      : [];
  });
}
