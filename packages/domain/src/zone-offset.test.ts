import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoneOffsetAt } from './zone-offset.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset straight from Intl, with nothing remembered: what the cache must agree with. */
function offsetFromIntl(instant: number, zone: string): number {
  const formatter =
    formatters.get(zone) ??
    new Intl.DateTimeFormat('en-US', {
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
  const parts = formatter.formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

// Whole-hour, half-hour and quarter-hour offsets; a half-hour daylight shift (Lord Howe);
// clocks changed at midnight (Santiago) and south of the equator.
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/Santiago',
  'Pacific/Auckland',
  'UTC',
];

describe('zoneOffsetAt', () => {
  it('gives the offset on each side of a clock change, to the second', () => {
    // Berlin went from +01:00 to +02:00 at 01:00 UTC on 2026-03-29.
    const change = Date.UTC(2026, 2, 29, 1);
    expect(zoneOffsetAt(change - 1000, 'Europe/Berlin')).toBe(3_600_000);
    expect(zoneOffsetAt(change, 'Europe/Berlin')).toBe(7_200_000);
    // Asked again, now that the hours around it may be remembered.
    expect(zoneOffsetAt(change - 1000, 'Europe/Berlin')).toBe(3_600_000);
    expect(zoneOffsetAt(change + 1000, 'Europe/Berlin')).toBe(7_200_000);
  });

  it('agrees with Intl at any instant in any zone, however often asked', () => {
    const from = Date.UTC(2020, 0, 1);
    const to = Date.UTC(2035, 0, 1);
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: from / 1000, max: to / 1000 }),
        (zone, seconds) => {
          const instant = seconds * 1000;
          expect(zoneOffsetAt(instant, zone)).toBe(offsetFromIntl(instant, zone));
          expect(zoneOffsetAt(instant, zone)).toBe(offsetFromIntl(instant, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with Intl minute by minute around every clock change of a year', () => {
    const hour = 3_600_000;
    for (const zone of ['Australia/Lord_Howe', 'America/Santiago', 'Europe/Berlin']) {
      const start = Date.UTC(2027, 0, 1);
      let changes = 0;
      for (let at = start; at < start + 366 * 24 * hour; at += hour) {
        if (offsetFromIntl(at, zone) === offsetFromIntl(at + hour, zone)) continue;
        changes++;
        for (let instant = at - hour; instant < at + 2 * hour; instant += 60_000) {
          expect(zoneOffsetAt(instant, zone)).toBe(offsetFromIntl(instant, zone));
        }
      }
      expect(changes).toBe(2);
    }
  });
});
