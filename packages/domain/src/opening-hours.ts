import { normalizeTime } from './clinic-time.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningPeriod {
  open: string;
  close: string;
}

/** A day maps to its opening period, or null when the clinic is closed that day. */
export type OpeningHours = Record<Weekday, OpeningPeriod | null>;

export const DEFAULT_OPENING_HOURS: OpeningHours = {
  mon: { open: '08:00', close: '18:00' },
  tue: { open: '08:00', close: '18:00' },
  wed: { open: '08:00', close: '18:00' },
  thu: { open: '08:00', close: '18:00' },
  fri: { open: '08:00', close: '18:00' },
  sat: null,
  sun: null,
};

/** Valid `hours` with every time as `HH:MM`, however it was written (`09:00:00` too). */
export function normalizeOpeningHours(hours: OpeningHours): OpeningHours {
  const normalized = { ...hours };
  for (const day of WEEKDAYS) {
    const period = hours[day];
    if (period === null) continue;
    normalized[day] = {
      open: normalizeTime(period.open) ?? period.open,
      close: normalizeTime(period.close) ?? period.close,
    };
  }
  return normalized;
}

/** The first problem with `hours`, keyed by weekday, or null when they are valid. */
export function findOpeningHoursProblem(
  hours: OpeningHours,
): { day: Weekday; message: string } | null {
  for (const day of WEEKDAYS) {
    const period = hours[day];
    if (period === null) continue;
    const open = normalizeTime(period.open);
    const close = normalizeTime(period.close);
    if (!open || !close) return { day, message: 'Times must be HH:MM on a 24-hour clock.' };
    if (open >= close) return { day, message: 'Opening time must be before closing time.' };
  }
  return null;
}
