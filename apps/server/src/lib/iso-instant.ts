const MS_PER_DAY = 86_400_000;
const MAX_CACHED_DAYS = 4096;
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const dayPrefixes = new Map<number, string>();

/**
 * `new Date(ms).toISOString()`, about five times faster. A list page formats two instants per
 * row, and the Date route measured half a microsecond each: a tenth of the page's CPU. The
 * calendar day ("2026-11-25T") is formatted once and remembered; the time of day is arithmetic.
 */
export function isoInstant(ms: number): string {
  if (!Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / MS_PER_DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    const full = new Date(ms).toISOString();
    // Years 0000-9999 only; beyond them Date's own (longer) format is kept.
    if (full.length !== 24) return full;
    prefix = full.slice(0, 11);
    if (dayPrefixes.size >= MAX_CACHED_DAYS) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  const sinceMidnight = ms - day * MS_PER_DAY;
  const millis = sinceMidnight % 1000;
  const seconds = Math.floor(sinceMidnight / 1000);
  return `${prefix}${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}
