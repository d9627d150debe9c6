import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  type CalendarEvent,
  escapeText,
  foldLine,
  offsetText,
  timeZoneComponent,
  utf8Length,
  writeCalendar,
  zoneTransitions,
} from './icalendar.ts';

const HOUR = 3_600_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const STAMP = Date.UTC(2026, 11, 3, 12, 0, 0);

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'appointment-1@clinic.example',
    sequence: 1,
    startsAt: Date.UTC(2026, 11, 10, 9, 0),
    endsAt: Date.UTC(2026, 11, 10, 9, 30),
    summary: 'Cleaning',
    status: 'CONFIRMED',
    ...overrides,
  };
}

/** The calendar as a real parser reads it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, events };
}

const instant = (time: ICAL.Time) => time.toUnixTime() * 1000;

/** Unfolds content lines (RFC 5545 §3.1) without a parser, to look at them one by one. */
function contentLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets as it is and folds the 76th onto a line starting with a space', () => {
    const exact = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(exact)).toBe(exact);
    const longer = `${exact}y`;
    expect(foldLine(longer)).toBe(`${exact}\r\n y`);
  });

  it('never cuts a UTF-8 character and keeps every physical line within 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const [i, part] of physical.entries()) {
          expect(utf8Length(part)).toBeLessThanOrEqual(75);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          // A lone surrogate would mean a character was cut between its two halves.
          expect(part).not.toMatch(LONE_SURROGATE);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});

describe('utf8Length', () => {
  it('counts octets, not UTF-16 units', () => {
    expect(['a', 'é', '歯', '🦷'].map(utf8Length)).toEqual([1, 2, 3, 4]);
  });
});

describe('offsetText', () => {
  it('writes hours and minutes, and seconds only when there are any', () => {
    expect(offsetText(0)).toBe('+0000');
    expect(offsetText(5.5 * HOUR)).toBe('+0530');
    expect(offsetText(-3.5 * HOUR)).toBe('-0330');
    expect(offsetText(-(4 * HOUR + 56 * 60_000 + 2000))).toBe('-045602');
  });
});

describe('zoneTransitions', () => {
  it('finds the second each clock change happens', () => {
    const changes = zoneTransitions('Europe/Lisbon', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(changes).toEqual([
      { at: Date.UTC(2026, 2, 29, 1), offsetFrom: 0, offsetTo: HOUR },
      { at: Date.UTC(2026, 9, 25, 1), offsetFrom: HOUR, offsetTo: 0 },
    ]);
    expect(zoneTransitions('Asia/Kolkata', Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1))).toEqual([]);
  });
});

describe('timeZoneComponent', () => {
  it('gives a zone without clock changes one STANDARD', () => {
    expect(timeZoneComponent('Asia/Kolkata', 2026, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes each change with the local time on the clock before it, south of the equator too', () => {
    const lines = timeZoneComponent('Australia/Sydney', 2026, 2026);
    // Sydney starts the year on summer time (+11), goes back to +10 at 3:00 local on 5 April
    // and forward at 2:00 local on 4 October.
    expect(lines.join('\n')).toContain(
      [
        'BEGIN:DAYLIGHT',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+1100',
        'TZOFFSETTO:+1100',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20260405T030000',
        'TZOFFSETFROM:+1100',
        'TZOFFSETTO:+1000',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20261004T020000',
        'TZOFFSETFROM:+1000',
        'TZOFFSETTO:+1100',
        'END:DAYLIGHT',
      ].join('\n'),
    );
  });
});

// Each zone with a visit on either side of a clock change (or of nothing, for zones without).
const ACROSS_A_CHANGE: [string, number, number][] = [
  // Lisbon springs forward on 29 March 2026, falls back on 25 October.
  ['Europe/Lisbon', Date.UTC(2026, 2, 28, 9), Date.UTC(2026, 2, 30, 9)],
  // New York: 8 March and 1 November 2026.
  ['America/New_York', Date.UTC(2026, 9, 30, 13), Date.UTC(2026, 10, 2, 14)],
  // Sydney falls back on 5 April 2026.
  ['Australia/Sydney', Date.UTC(2026, 3, 3, 23), Date.UTC(2026, 3, 6, 0)],
  ['Asia/Kolkata', Date.UTC(2026, 2, 28, 4), Date.UTC(2026, 9, 30, 4)],
  ['UTC', Date.UTC(2026, 2, 28, 9), Date.UTC(2026, 9, 30, 9)],
];

describe('writeCalendar, read back by ical.js', () => {
  it.each(ACROSS_A_CHANGE)('keeps the real instants of visits in %s', (zone, first, second) => {
    const text = writeCalendar({
      timeZone: zone,
      stamp: STAMP,
      events: [
        event({ uid: 'appointment-1@x', startsAt: first, endsAt: first + 45 * 60_000 }),
        event({ uid: 'appointment-2@x', startsAt: second, endsAt: second + HOUR }),
      ],
    });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(zone);
    expect(events.map((e) => [instant(e.startDate), instant(e.endDate)])).toEqual([
      [first, first + 45 * 60_000],
      [second, second + HOUR],
    ]);
    // Written as the clinic's wall-clock time with its zone, not as UTC.
    for (const e of events) expect(e.startDate.zone?.tzid).toBe(zone);
  });

  it('keeps a visit in the hour after clocks go forward, and both visits at a time that happens twice', () => {
    // New York, 2026: 2:00 becomes 3:00 on 8 March; 1:00–2:00 happens twice on 1 November.
    const afterSpring = Date.UTC(2026, 2, 8, 7, 15); // 3:15 EDT
    const repeatedFirst = Date.UTC(2026, 10, 1, 5, 30); // 1:30 EDT
    const repeatedSecond = Date.UTC(2026, 10, 1, 6, 30); // 1:30 EST
    const starts = [afterSpring, repeatedFirst, repeatedSecond];
    const text = writeCalendar({
      timeZone: 'America/New_York',
      stamp: STAMP,
      events: starts.map((startsAt, i) =>
        event({ uid: `appointment-${i}@x`, startsAt, endsAt: startsAt + 30 * 60_000 }),
      ),
    });
    const lines = contentLines(text);
    expect(lines).toContain('DTSTART;TZID=America/New_York:20260308T031500');
    // 1:30 on 1 November happens twice; readers differ on which one a wall-clock time means,
    // so both are written in UTC.
    expect(lines).toContain('DTSTART:20261101T053000Z');
    expect(lines).toContain('DTSTART:20261101T063000Z');
    expect(parse(text).events.map((e) => instant(e.startDate))).toEqual(starts);
  });

  it('writes a calendar an RFC 5545 reader accepts, with CRLF endings and every property needed', () => {
    const text = writeCalendar({
      timeZone: 'Europe/Lisbon',
      stamp: STAMP,
      method: 'REQUEST',
      name: 'Bright Smile, visits',
      events: [
        event({
          summary: 'Cleaning; with Dr. Reed, room 2',
          description: 'Line one\nLine two \\ three',
          location: 'Rua Augusta 1\n1100-048 Lisboa',
          organizer: { name: 'Bright Smile: Lisbon', email: 'clinic@example.com' },
          attendee: { name: 'Ana Lima', email: 'ana@example.com' },
          lastModified: STAMP - HOUR,
        }),
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = contentLines(text);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Dental clinic appointment book//Calendar 1.0//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
    ]);
    expect(lines).toContain('ORGANIZER;CN="Bright Smile: Lisbon":mailto:clinic@example.com');
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const [parsed] = events;
    expect(parsed?.uid).toBe('appointment-1@clinic.example');
    expect(parsed?.sequence).toBe(1);
    expect(parsed?.summary).toBe('Cleaning; with Dr. Reed, room 2');
    expect(parsed?.description).toBe('Line one\nLine two \\ three');
    expect(parsed?.location).toBe('Rua Augusta 1\n1100-048 Lisboa');
    expect(parsed?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(instant(parsed?.component.getFirstPropertyValue('dtstamp') as ICAL.Time)).toBe(STAMP);
    expect(parsed?.organizer).toBe('mailto:clinic@example.com');
    expect(parsed?.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:ana@example.com']);
  });

  it('refuses an invitation without an organizer', () => {
    expect(() =>
      writeCalendar({ timeZone: 'UTC', stamp: STAMP, method: 'CANCEL', events: [event()] }),
    ).toThrow(/ORGANIZER/);
  });

  it('keeps long texts in any script intact through folding', () => {
    const summary = 'Limpeza e polimento — 歯のクリーニング — تنظيف الأسنان 🦷 '.repeat(6);
    const text = writeCalendar({ timeZone: 'UTC', stamp: STAMP, events: [event({ summary })] });
    for (const line of text.split('\r\n')) {
      expect(utf8Length(line)).toBeLessThanOrEqual(75);
    }
    expect(parse(text).events[0]?.summary).toBe(summary);
  });
});
