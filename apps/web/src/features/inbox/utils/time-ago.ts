const formats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formats.set(locale, format);
  }
  return format;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago an instant was, in words of `locale`: "now", "5 minutes ago", "3 hours ago",
 * "yesterday", "4 days ago", "2 weeks ago". Null past eight weeks: the exact date reads better.
 */
export function timeAgo(iso: string, now: number, locale: string): string | null {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  const relative = relativeFormat(locale);
  // A clock a little ahead of the server's would say "in 2 seconds".
  const elapsed = Math.max(0, now - at);
  if (elapsed < MINUTE) return relative.format(0, 'second');
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 14 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day');
  if (elapsed < 56 * DAY) return relative.format(-Math.floor(elapsed / (7 * DAY)), 'week');
  return null;
}
