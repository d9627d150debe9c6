/** True for names the runtime's time-zone database knows, e.g. `Europe/Lisbon`. */
export function isValidTimeZone(zone: string): boolean {
  if (zone.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) that `now` falls on in `zone`. */
export function clinicDate(now: Date, zone: string): string {
  // Building a formatter costs far more than using one; a profile found this on every write.
  let formatter = dateFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormatters.set(zone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const pick = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${pick('year')}-${pick('month')}-${pick('day')}`;
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** Accepts `HH:MM` or `HH:MM:SS` on a 24-hour clock and returns `HH:MM`, else null. */
export function normalizeTime(value: string): string | null {
  const match = TIME_PATTERN.exec(value);
  if (!match) return null;
  return `${match[1]}:${match[2]}`;
}

/** True for a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not one). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * The span of clinic days the product handles. A clinic books and reports within this century;
 * a date outside it is a typo or a probe, and the far ends of the calendar (year 9999 plus a
 * day is not a `YYYY-MM-DD` date) break date arithmetic.
 */
export const FIRST_CLINIC_DATE = '2000-01-01';
export const LAST_CLINIC_DATE = '2099-12-31';

/** True for a real `YYYY-MM-DD` date between FIRST_CLINIC_DATE and LAST_CLINIC_DATE. */
export function isClinicDate(value: string): boolean {
  return isRealDate(value) && value >= FIRST_CLINIC_DATE && value <= LAST_CLINIC_DATE;
}

/** `date` moved by `days` calendar days (`YYYY-MM-DD` in, `YYYY-MM-DD` out). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday-to-Sunday week that holds `date`, as the clinic's calendar counts it. */
export function weekOf(date: string): { from: string; to: string } {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  const from = addDays(date, -((weekday + 6) % 7));
  return { from, to: addDays(from, 6) };
}
