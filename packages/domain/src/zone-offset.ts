/*
 * A zone's UTC offset at an instant, from Intl. Building a formatter costs far more than using
 * one, so there is one per zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const HOUR_MS = 3_600_000;
/** Over two years of hours per zone (about 1 MB); past it the cache starts afresh. */
const MAX_CACHED_HOURS = 20_000;
const offsetsByHour = new Map<string, Map<number, number>>();

/**
 * The zone's offset from UTC at `instant`, in milliseconds (positive east of Greenwich).
 *
 * Asking Intl costs microseconds and a booking asks dozens of times, so each zone's offset is
 * remembered per hour of UTC; an hour whose first and last second disagree holds a clock change
 * and is always asked afresh. No zone changes its clocks twice within an hour.
 */
export function zoneOffsetAt(instant: number, zone: string): number {
  const hour = Math.floor(instant / HOUR_MS);
  let offsets = offsetsByHour.get(zone);
  if (!offsets) {
    offsets = new Map();
    offsetsByHour.set(zone, offsets);
  }
  const known = offsets.get(hour);
  if (known !== undefined) return known;
  const atStart = measuredOffset(hour * HOUR_MS, zone);
  if (atStart !== measuredOffset((hour + 1) * HOUR_MS - 1000, zone)) {
    return measuredOffset(instant, zone);
  }
  if (offsets.size >= MAX_CACHED_HOURS) offsets.clear();
  offsets.set(hour, atStart);
  return atStart;
}

function measuredOffset(instant: number, zone: string): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
    else if (part.type === 'second') second = Number(part.value);
  }
  const flooredInstant = Math.floor(instant / 1000) * 1000;
  return Date.UTC(year, month - 1, day, hour, minute, second) - flooredInstant;
}
