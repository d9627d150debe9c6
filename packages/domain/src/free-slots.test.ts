import { describe, expect, it } from 'vitest';
import {
  type AvailabilityRequest,
  type BusyTime,
  firstFreeSlot,
  fitsAvailability,
  freeSlots,
} from './free-slots.ts';
import { DEFAULT_OPENING_HOURS } from './opening-hours.ts';
import { wallClockToInstant } from './scheduling.ts';

const ZONE = 'Europe/Lisbon';
const MONDAY = '2026-06-01';
const at = (time: string, date = MONDAY) => wallClockToInstant(date, time, ZONE) as number;
const busy = (dentistId: number | null, from: string, to: string, date = MONDAY): BusyTime => ({
  dentistId,
  startsAt: at(from, date),
  endsAt: at(to, date),
});

const base: AvailabilityRequest = {
  openingHours: { ...DEFAULT_OPENING_HOURS, mon: { open: '09:00', close: '12:00' } },
  patterns: [],
  exceptions: [],
  dateFrom: MONDAY,
  dateTo: MONDAY,
  zone: ZONE,
  durationMinutes: 60,
  bufferAfterMinutes: 0,
  stepMinutes: 30,
  earliestStart: 0,
  lastDate: null,
  dentistIds: [1],
  busy: [],
};

const offered = (r: AvailabilityRequest) =>
  freeSlots(r).flatMap((d) => d.slots.map((s) => `${d.date} ${s.time} ${s.dentists.join(',')}`));

describe('freeSlots', () => {
  it('lists every day of the range, with no slots on closed days', () => {
    const days = freeSlots({ ...base, dateFrom: '2026-05-31', dateTo: '2026-06-02' });
    expect(days.map((d) => [d.date, d.slots.length])).toEqual([
      ['2026-05-31', 0],
      ['2026-06-01', 5],
      ['2026-06-02', 19],
    ]);
    expect(days[1]?.slots[0]).toEqual({ time: '09:00', endTime: '10:00', dentists: [1] });
  });

  it('keeps the visit and its buffer clear of busy time, letting the buffer run past closing', () => {
    const r = { ...base, bufferAfterMinutes: 15, busy: [busy(1, '10:00', '10:30')] };
    // 09:00 would clean the chair until 10:15; 11:00 ends at 12:00 and cleans after closing.
    expect(offered(r)).toEqual([`${MONDAY} 10:30 1`, `${MONDAY} 11:00 1`]);
  });

  it('offers nothing before the earliest start nor after the last date', () => {
    expect(offered({ ...base, earliestStart: at('10:01') })).toEqual([
      `${MONDAY} 10:30 1`,
      `${MONDAY} 11:00 1`,
    ]);
    expect(offered({ ...base, lastDate: '2026-05-31' })).toEqual([]);
  });

  it('lists free dentists with the least busy that day first, then by id', () => {
    const r = {
      ...base,
      dentistIds: [3, 1, 2],
      busy: [
        busy(1, '11:00', '12:00'),
        busy(1, '09:00', '09:30', '2026-06-02'),
        busy(2, '11:00', '11:30', '2026-06-02'),
        busy(3, '09:00', '09:30', '2026-05-31'),
      ],
    };
    expect(offered(r)).toEqual([
      `${MONDAY} 09:00 2,3,1`,
      `${MONDAY} 09:30 2,3,1`,
      `${MONDAY} 10:00 2,3,1`,
      `${MONDAY} 10:30 2,3`,
      `${MONDAY} 11:00 2,3`,
    ]);
  });

  it('uses the open time for a clinic without dentists, blocked only by unassigned visits', () => {
    const r = {
      ...base,
      dentistIds: [],
      busy: [busy(null, '09:00', '10:00'), busy(7, '10:00', '11:00')],
    };
    expect(offered(r)).toEqual([`${MONDAY} 10:00 `, `${MONDAY} 10:30 `, `${MONDAY} 11:00 `]);
  });

  it('offers nothing a closure or time off covers', () => {
    const r = {
      ...base,
      dentistIds: [1, 2],
      exceptions: [
        {
          id: 1,
          kind: 'closure' as const,
          dentistId: null,
          dateFrom: MONDAY,
          dateTo: MONDAY,
          startTime: '11:00',
          endTime: '12:00',
          reason: '',
        },
        {
          id: 2,
          kind: 'time_off' as const,
          dentistId: 2,
          dateFrom: MONDAY,
          dateTo: MONDAY,
          startTime: null,
          endTime: null,
          reason: '',
        },
      ],
    };
    expect(offered(r)).toEqual([`${MONDAY} 09:00 1`, `${MONDAY} 09:30 1`, `${MONDAY} 10:00 1`]);
  });
});

describe('fitsAvailability', () => {
  it('accepts an off-grid time that fits and refuses one that overlaps', () => {
    const r = { ...base, busy: [busy(1, '11:00', '11:30')] };
    expect(fitsAvailability(r, { date: MONDAY, time: '09:50', dentistId: 1 })).toBe(true);
    expect(fitsAvailability(r, { date: MONDAY, time: '10:01', dentistId: 1 })).toBe(false);
    expect(fitsAvailability(r, { date: MONDAY, time: '11:30', dentistId: 1 })).toBe(false);
    expect(fitsAvailability(r, { date: MONDAY, time: '10:01', dentistId: 2 })).toBe(true);
  });

  it('checks a booking without a dentist against open time and unassigned visits only', () => {
    const r = { ...base, busy: [busy(1, '09:00', '12:00'), busy(null, '11:00', '11:30')] };
    expect(fitsAvailability(r, { date: MONDAY, time: '09:00', dentistId: null })).toBe(true);
    expect(fitsAvailability(r, { date: MONDAY, time: '10:30', dentistId: null })).toBe(false);
    expect(fitsAvailability(r, { date: '2026-05-31', time: '09:00', dentistId: null })).toBe(false);
  });

  it('refuses a time the clocks skip and one past the last date', () => {
    const sunday = {
      ...base,
      zone: 'Europe/Berlin',
      openingHours: { ...base.openingHours, sun: { open: '01:00', close: '05:00' } },
    };
    expect(fitsAvailability(sunday, { date: '2026-03-29', time: '02:30', dentistId: 1 })).toBe(
      false,
    );
    expect(fitsAvailability(sunday, { date: '2026-03-29', time: '03:00', dentistId: 1 })).toBe(
      true,
    );
    expect(
      fitsAvailability(
        { ...base, lastDate: '2026-05-31' },
        { date: MONDAY, time: '09:00', dentistId: 1 },
      ),
    ).toBe(false);
  });
});

describe('firstFreeSlot', () => {
  it('finds the first free time from the first day on, or none', () => {
    const r = {
      ...base,
      dateFrom: '2026-05-30',
      dateTo: '2026-06-30',
      busy: [busy(1, '09:00', '10:00')],
    };
    expect(firstFreeSlot(r)).toEqual({
      date: MONDAY,
      time: '10:00',
      endTime: '11:00',
      dentists: [1],
    });
    expect(firstFreeSlot({ ...r, lastDate: '2026-05-31' })).toBeNull();
  });
});

describe('freeSlots with a dentist listed twice', () => {
  it('names the dentist once', () => {
    expect(freeSlots({ ...base, dentistIds: [1, 1] })[0]?.slots[0]?.dentists).toEqual([1]);
  });
});
