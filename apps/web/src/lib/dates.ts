import type { TimeFormat } from '@clinic/domain';
import { currentLanguage, formatLocales } from './i18n';

// Appointment dates are clinic-local calendar days (`YYYY-MM-DD`), not instants: they are
// formatted in UTC so that the browser's own zone can never shift them by a day. Every format
// follows the active language; times follow the clinic's 12- or 24-hour clock.

let clinicClock: TimeFormat = '24h';

/** Set from the clinic's settings once they are known; 24-hour until then. */
export function setClinicClock(format: TimeFormat): void {
  clinicClock = format;
}

export function clinicTimeFormat(): TimeFormat {
  return clinicClock;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and options: building one costs far more than using it. */
function cached(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = activeLocale();
  const key = `${locale}|${name}|${options.timeZone ?? ''}|${clinicClock}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** The locale of the active language, for `Intl` formats elsewhere (numbers, money). */
export function activeLocale(): string {
  return formatLocales[currentLanguage()];
}

function hourCycle(): Intl.DateTimeFormatOptions['hourCycle'] {
  return clinicClock === '12h' ? 'h12' : 'h23';
}

function asUtcDay(date: string): Date | null {
  const day = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? null : day;
}

/** `2026-12-02` → `2 Dec` (`2 dic`, `2. Dez.`, `2 déc.`) */
export function formatShortDate(date: string): string {
  const day = asUtcDay(date);
  return day
    ? cached('short', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(day)
    : date;
}

/** `2026-12-02` → `Wed 2 Dec 2026` (`mié, 2 dic 2026`, `Mi., 2. Dez. 2026`, `mer. 2 déc. 2026`) */
export function formatLongDate(date: string): string {
  const day = asUtcDay(date);
  if (!day) return date;
  const text = cached('long', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
  // British English puts a comma after the weekday that the clinic's English never wrote.
  return currentLanguage() === 'en' ? text.replace(',', '') : text;
}

/** A weekday's name in the active language: 0 is Monday, as in the domain's WEEKDAYS. */
export function weekdayName(index: number, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  const day = new Date(Date.UTC(2024, 0, 1 + index));
  return cached(`weekday-${width}`, { weekday: width, timeZone: 'UTC' }).format(day);
}

/** A clinic-local time `09:30` on the clinic's clock: `09:30`, or `9:30 am` on a 12-hour one. */
export function formatTime(time: string): string {
  if (clinicClock === '24h') return time.slice(0, 5);
  const instant = new Date(`1970-01-01T${time.slice(0, 5)}:00Z`);
  if (Number.isNaN(instant.getTime())) return time;
  return cached('time', {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
    timeZone: 'UTC',
  }).format(instant);
}

/** An ISO instant shown on the clinic's clock: `25 Nov 2026, 10:00`. */
export function formatInstant(iso: string, zone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return cached('instant', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: clinicClock === '12h' ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle: hourCycle(),
    timeZone: zone,
  }).format(instant);
}

/** A number in the active language: `1,234.5`, `1.234,5`, `1 234,5`. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(activeLocale(), options).format(value);
}
