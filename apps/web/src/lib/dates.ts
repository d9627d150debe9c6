// Appointment dates are clinic-local calendar days (`YYYY-MM-DD`), not instants: they are
// formatted in UTC so that the browser's own zone can never shift them by a day.

const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function asUtcDay(date: string): Date | null {
  const day = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? null : day;
}

/** `2026-12-02` → `2 Dec` */
export function formatShortDate(date: string): string {
  const day = asUtcDay(date);
  return day ? shortDate.format(day) : date;
}

/** `2026-12-02` → `Wed 2 Dec 2026` */
export function formatLongDate(date: string): string {
  const day = asUtcDay(date);
  return day ? longDate.format(day).replace(',', '') : date;
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO instant shown on the clinic's clock: `25 Nov 2026, 10:00`. */
export function formatInstant(iso: string, zone: string): string {
  let format = instantFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    });
    instantFormats.set(zone, format);
  }
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : format.format(instant);
}
