import { wallClockToInstant } from '@clinic/domain';
import { currentLanguage, formatLocales } from '../../../lib/i18n';

export interface ClinicNow {
  /** Epoch milliseconds. */
  now: number;
  /** The clinic's date at `now`, `YYYY-MM-DD`. */
  today: string;
  zone: string;
}

const formats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formats.set(locale, format);
  }
  return format;
}
const MINUTE_MS = 60_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * How long until a visit starts, in words of the active language: "in 20 minutes", "in 2 hours",
 * "tomorrow", "in 3 days". Within the day it counts real time; beyond, calendar days on the
 * clinic's calendar, since "tomorrow" at 23:00 is an hour away yet still tomorrow.
 */
export function timeUntil(
  start: { date: string; time: string },
  clock: ClinicNow,
  locale = formatLocales[currentLanguage()],
): string {
  const relative = relativeFormat(locale);
  const days = daysBetween(clock.today, start.date);
  if (days > 0) {
    if (days < 14) return relative.format(days, 'day');
    if (days < 60) return relative.format(Math.round(days / 7), 'week');
    return relative.format(Math.round(days / 30.44), 'month');
  }
  const startsAt = wallClockToInstant(start.date, start.time, clock.zone);
  if (days < 0 || startsAt === null || startsAt <= clock.now) return 'now';
  const minutes = Math.ceil((startsAt - clock.now) / MINUTE_MS);
  if (minutes < 60) return relative.format(minutes, 'minute');
  return relative.format(Math.round(minutes / 60), 'hour');
}
