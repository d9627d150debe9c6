import { describe, expect, it } from 'vitest';
import { type AvailabilityRequest, freeSlots } from './free-slots.ts';
import { DEFAULT_OPENING_HOURS, type OpeningHours, WEEKDAYS } from './opening-hours.ts';
import { toWallClock, wallClockToInstant } from './scheduling.ts';
import { workingMinutesByDentist } from './working-day.ts';

const everyDay = (open: string, close: string): OpeningHours =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, { open, close }])) as OpeningHours;

function request(
  zone: string,
  date: string,
  hours: OpeningHours,
  step: number,
): AvailabilityRequest {
  return {
    openingHours: hours,
    patterns: [],
    exceptions: [],
    dateFrom: date,
    dateTo: date,
    zone,
    durationMinutes: 60,
    bufferAfterMinutes: 0,
    stepMinutes: step,
    earliestStart: 0,
    lastDate: null,
    dentistIds: [1],
    busy: [],
  };
}

const times = (r: AvailabilityRequest) =>
  freeSlots(r).flatMap((d) => d.slots.map((s) => `${s.time}-${s.endTime}`));

// Each zone's clock changes of 2026: forward in spring, back in autumn.
const CHANGES = [
  { zone: 'Europe/Berlin', spring: '2026-03-29', autumn: '2026-10-25' },
  { zone: 'America/New_York', spring: '2026-03-08', autumn: '2026-11-01' },
];

describe.each(CHANGES)('free times across clock changes in $zone', ({ zone, spring, autumn }) => {
  it.each([spring, autumn])('keeps a 09:00–17:00 day at 09:00 on %s', (date) => {
    const r = { ...request(zone, date, everyDay('09:00', '17:00'), 60), dateFrom: date };
    const offered = freeSlots({ ...r, dateTo: date })[0]?.slots ?? [];
    expect(offered.map((s) => s.time)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ]);
    const nine = wallClockToInstant(date, '09:00', zone) as number;
    expect(toWallClock(nine, zone)).toEqual({ date, time: '09:00' });
    expect(workingMinutesByDentist(date, date, r, [1], zone).get(1)).toBe(480);
  });

  it('offers no time the clocks skip, and a visit across the gap lasts its real length', () => {
    const r = request(zone, spring, everyDay('01:00', '04:00'), 30);
    expect(times(r)).toEqual(['01:00-03:00', '01:30-03:30', '03:00-04:00']);
    // 01:00–04:00 on the clock is two real hours that night.
    expect(workingMinutesByDentist(spring, spring, r, [1], zone).get(1)).toBe(120);
  });

  it('runs an interval across the repeated hour for its real length', () => {
    const r = request(zone, autumn, everyDay('01:00', '04:00'), 30);
    // 01:00–04:00 on the clock is four real hours that night.
    expect(workingMinutesByDentist(autumn, autumn, r, [1], zone).get(1)).toBe(240);
    const offered = freeSlots(r)[0]?.slots ?? [];
    for (const slot of offered) {
      // A wall time in the repeated hour means its earlier instant.
      const start = wallClockToInstant(autumn, slot.time, zone) as number;
      expect(toWallClock(start + 60 * 60_000, zone).time).toBe(slot.endTime);
    }
    const repeated = zone === 'Europe/Berlin' ? '02' : '01';
    // Within the repeated hour, an hour's visit ends at the same clock time it began.
    expect(offered.filter((s) => s.time.startsWith(repeated)).map((s) => s.endTime)).toEqual([
      `${repeated}:00`,
      `${repeated}:30`,
    ]);
    expect(offered.map((s) => s.time)).toEqual(['01:00', '01:30', '02:00', '02:30', '03:00']);
  });
});

describe('free times on a clinic that opens by default hours', () => {
  it('offers nothing on a closed weekday even across a clock change', () => {
    const r = request('Europe/Berlin', '2026-03-29', DEFAULT_OPENING_HOURS, 15);
    expect(freeSlots(r)).toEqual([{ date: '2026-03-29', slots: [] }]);
  });
});
