import { zoneOffsetAt } from './zone-offset.ts';

/*
 * iCalendar (RFC 5545) text, written by hand: the few components the clinic needs (a calendar
 * of events in the clinic's zone) do not justify a library on the server, and what is written
 * here is checked against a real parser (ical.js) in the tests.
 */

/** How an email's calendar part asks the reader's calendar to act; feeds carry none. */
export type CalendarMethod = 'REQUEST' | 'CANCEL';
export type CalendarEventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  /** Stable for the life of the appointment: calendars match later versions by it. */
  uid: string;
  /** Grows with every change, so a calendar knows which version is newer. */
  sequence: number;
  /** Epoch milliseconds. */
  startsAt: number;
  endsAt: number;
  summary: string;
  description?: string;
  location?: string;
  status: CalendarEventStatus;
  /** When the event last changed, epoch milliseconds. */
  lastModified?: number;
  /** Required by email invitations (METHOD REQUEST or CANCEL). */
  organizer?: CalendarPerson;
  attendee?: CalendarPerson;
}

export interface Calendar {
  /** The clinic's IANA zone: times are written in it, with its VTIMEZONE. */
  timeZone: string;
  /** When this text is written (every event's DTSTAMP), epoch milliseconds. */
  stamp: number;
  method?: CalendarMethod;
  /** The calendar's name in a subscriber's list (NAME and X-WR-CALNAME). */
  name?: string;
  /** How often a subscriber should fetch it again (REFRESH-INTERVAL), in minutes. */
  refreshMinutes?: number;
  events: readonly CalendarEvent[];
  /** The span the time zone must describe; the events' own span when absent. */
  covers?: { from: number; to: number };
}

export const CALENDAR_PRODUCT_ID = '-//Dental clinic appointment book//Calendar 1.0//EN';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((char) => !isControl(char))
    .join('');
}

/** Control characters other than tab have no place in a content line (§3.1). */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== '\t') || code === 0x7f;
}

/** A parameter value (§3.2): quoted when it holds `:`, `;` or `,`; quotes cannot appear. */
function paramValue(value: string): string {
  const plain = value
    .split('')
    .filter((char) => char !== '"' && !isControl(char))
    .join('');
  return /[:;,]/.test(plain) ? `"${plain}"` : plain;
}

/** How many octets `text` takes in UTF-8. */
export function utf8Length(text: string): number {
  let octets = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}

/**
 * One content line folded at 75 octets (§3.1): each continuation starts with a space, which
 * counts towards its 75, and no UTF-8 character is cut in two.
 */
export function foldLine(line: string): string {
  if (utf8Length(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSS` of a Date's UTC fields. */
function dateTimeText(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

/** A UTC DATE-TIME, `20261203T140000Z`. */
export function utcDateTime(instant: number): string {
  return `${dateTimeText(new Date(instant))}Z`;
}

/** The wall-clock time of `instant` in `zone`, `20261203T140000`, to go with TZID. */
export function localDateTime(instant: number, zone: string): string {
  return dateTimeText(new Date(instant + zoneOffsetAt(instant, zone)));
}

/** A UTC offset as iCalendar writes it: `+0100`, `-0330`, `+053000` only with seconds. */
export function offsetText(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${sign}${pad(hours)}${pad(minutes)}${seconds ? pad(seconds) : ''}`;
}

export interface ZoneTransition {
  /** The instant the clocks change, epoch milliseconds. */
  at: number;
  offsetFrom: number;
  offsetTo: number;
}

const DAY_MS = 86_400_000;
/** Clocks never change twice within this; each step is looked at for one change. */
const SCAN_STEP_MS = DAY_MS / 2;

/**
 * Every change of `zone`'s UTC offset in [from, to), found from the runtime's time-zone data:
 * the offset is compared every half day, and a step where it differs is halved down to the
 * second of the change.
 */
export function zoneTransitions(zone: string, from: number, to: number): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  let before = from;
  let offsetBefore = zoneOffsetAt(before, zone);
  while (before < to) {
    const after = Math.min(before + SCAN_STEP_MS, to);
    const offsetAfter = zoneOffsetAt(after, zone);
    if (offsetAfter !== offsetBefore) {
      // The change happens in (low, high]: at high the new offset holds, at low the old one.
      let low = before;
      let high = after;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (middle <= low) break;
        if (zoneOffsetAt(middle, zone) === offsetBefore) low = middle;
        else high = middle;
      }
      transitions.push({ at: high, offsetFrom: offsetBefore, offsetTo: offsetAfter });
    }
    before = after;
    offsetBefore = offsetAfter;
  }
  return transitions;
}

function yearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

const timeZoneLines = new Map<string, string[]>();
const MAX_CACHED_ZONES = 200;

/**
 * The VTIMEZONE of `zone` over the whole UTC years `fromYear`–`toYear`: one sub-component
 * for the offset in force as they begin, and one per change of offset within them, each with
 * its own DTSTART (no rules to extrapolate, so the text says exactly what the runtime's
 * time-zone data says). A zone without changes gets a single STANDARD.
 */
export function timeZoneComponent(zone: string, fromYear: number, toYear: number): string[] {
  const key = `${zone}|${fromYear}|${toYear}`;
  const known = timeZoneLines.get(key);
  if (known) return known;
  const from = yearStart(fromYear);
  const transitions = zoneTransitions(zone, from, yearStart(toYear + 1));
  const initial = zoneOffsetAt(from, zone);
  const lowest = Math.min(initial, ...transitions.map((t) => t.offsetTo));
  const kind = (offset: number) => (offset > lowest ? 'DAYLIGHT' : 'STANDARD');
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `BEGIN:${kind(initial)}`,
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offsetText(initial)}`,
    `TZOFFSETTO:${offsetText(initial)}`,
    `END:${kind(initial)}`,
  ];
  for (const change of transitions) {
    const name = kind(change.offsetTo);
    lines.push(
      `BEGIN:${name}`,
      // The local time the change happens at, read on the clock before it (§3.6.5).
      `DTSTART:${dateTimeText(new Date(change.at + change.offsetFrom))}`,
      `TZOFFSETFROM:${offsetText(change.offsetFrom)}`,
      `TZOFFSETTO:${offsetText(change.offsetTo)}`,
      `END:${name}`,
    );
  }
  lines.push('END:VTIMEZONE');
  if (timeZoneLines.size >= MAX_CACHED_ZONES) timeZoneLines.clear();
  timeZoneLines.set(key, lines);
  return lines;
}

function personLine(property: 'ORGANIZER' | 'ATTENDEE', person: CalendarPerson): string {
  const extra = property === 'ATTENDEE' ? ';ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE' : '';
  return `${property};CN=${paramValue(person.name)}${extra}:mailto:${person.email.replace(/[\s"<>]/g, '')}`;
}

/**
 * Whether the wall-clock time of `instant` happens twice in `zone` (the hour repeated when
 * clocks go back). RFC 5545 says a reader takes the first of the two, and some readers take
 * the second, so such a time is written in UTC instead, which every reader takes as it is.
 */
export function isAmbiguousLocalTime(instant: number, zone: string): boolean {
  const wall = instant + zoneOffsetAt(instant, zone);
  const offsets = new Set(
    [-6, 0, 6].map((hours) => zoneOffsetAt(instant + hours * 3_600_000, zone)),
  );
  for (const offset of offsets) {
    const candidate = wall - offset;
    if (candidate !== instant && zoneOffsetAt(candidate, zone) === offset) return true;
  }
  return false;
}

/** DTSTART or DTEND: the clinic's wall-clock time with its zone, or UTC where that is ambiguous. */
function timeProperty(name: 'DTSTART' | 'DTEND', instant: number, zone: string): string {
  return isAmbiguousLocalTime(instant, zone)
    ? `${name}:${utcDateTime(instant)}`
    : `${name};TZID=${zone}:${localDateTime(instant, zone)}`;
}

function eventLines(
  event: CalendarEvent,
  calendar: Pick<Calendar, 'timeZone' | 'stamp'>,
): string[] {
  const zone = calendar.timeZone;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcDateTime(calendar.stamp)}`,
    timeProperty('DTSTART', event.startsAt, zone),
    timeProperty('DTEND', event.endsAt, zone),
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.lastModified !== undefined) {
    lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}`);
  }
  // A visit keeps the time it takes; free/busy readers should see it as busy unless cancelled.
  lines.push(`TRANSP:${event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`);
  if (event.organizer) lines.push(personLine('ORGANIZER', event.organizer));
  if (event.attendee) lines.push(personLine('ATTENDEE', event.attendee));
  lines.push('END:VEVENT');
  return lines;
}

type CalendarFrame = Omit<Calendar, 'events' | 'covers'> & { covers: { from: number; to: number } };

/**
 * The opening of an iCalendar object up to its events: the calendar's properties and the
 * clinic's VTIMEZONE. A feed writes this, then its events page by page, then CALENDAR_END.
 */
export function calendarStart(calendar: CalendarFrame): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${CALENDAR_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
  ];
  if (calendar.method) lines.push(`METHOD:${calendar.method}`);
  if (calendar.name) {
    lines.push(`NAME:${escapeText(calendar.name)}`, `X-WR-CALNAME:${escapeText(calendar.name)}`);
  }
  lines.push(`X-WR-TIMEZONE:${calendar.timeZone}`);
  if (calendar.refreshMinutes) {
    lines.push(
      `REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`,
      `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`,
    );
  }
  lines.push(
    ...timeZoneComponent(
      calendar.timeZone,
      new Date(calendar.covers.from).getUTCFullYear(),
      new Date(calendar.covers.to).getUTCFullYear(),
    ),
  );
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** One VEVENT, folded, ending with CRLF. */
export function calendarEvent(
  event: CalendarEvent,
  calendar: Pick<Calendar, 'timeZone' | 'stamp'>,
): string {
  return eventLines(event, calendar).map(foldLine).join(CRLF) + CRLF;
}

export const CALENDAR_END = `END:VCALENDAR${CRLF}`;

/**
 * A whole iCalendar object: CRLF line endings, lines folded at 75 octets, the clinic's
 * VTIMEZONE before the events. An email invitation (a METHOD) needs an ORGANIZER on each
 * event (RFC 5546), so one missing is a programming error.
 */
export function writeCalendar(calendar: Calendar): string {
  if (calendar.method && calendar.events.some((event) => !event.organizer)) {
    throw new Error(`A calendar with METHOD:${calendar.method} needs an ORGANIZER on each event.`);
  }
  const covers = calendar.covers ?? {
    from: Math.min(calendar.stamp, ...calendar.events.map((e) => e.startsAt)),
    to: Math.max(calendar.stamp, ...calendar.events.map((e) => e.endsAt)),
  };
  return (
    calendarStart({ ...calendar, covers }) +
    calendar.events.map((event) => calendarEvent(event, calendar)).join('') +
    CALENDAR_END
  );
}
