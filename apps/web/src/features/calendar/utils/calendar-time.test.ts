import { describe, expect, it } from 'vitest';
import {
  calendarNow,
  fromCalendarTime,
  isBookable,
  minutesBetween,
  shownDays,
  toCalendarTime,
} from './calendar-time';

describe('the calendar’s wall-clock encoding', () => {
  it('round-trips a clinic date and time', () => {
    const encoded = toCalendarTime('2026-12-02', '09:30');
    expect(encoded).toBe('2026-12-02T09:30:00Z');
    expect(fromCalendarTime(new Date(encoded))).toEqual({ date: '2026-12-02', time: '09:30' });
  });

  it('keeps times on a clocks-change day as the clinic’s clocks show them', () => {
    // Lisbon springs forward on 29 March 2026; as UTC, the encoding has no hour to skip.
    const dropped = new Date(Date.UTC(2026, 2, 29, 10, 15));
    expect(fromCalendarTime(dropped)).toEqual({ date: '2026-03-29', time: '10:15' });
  });

  it('tells FullCalendar the clinic’s now, not the browser’s', () => {
    const instant = Date.parse('2026-07-10T23:30:00Z');
    expect(calendarNow(instant, 'Asia/Tokyo')).toBe('2026-07-11T08:30:00Z');
    expect(calendarNow(instant, 'America/New_York')).toBe('2026-07-10T19:30:00Z');
    expect(calendarNow(instant, 'UTC')).toBe('2026-07-10T23:30:00Z');
  });

  it('measures a resized visit in minutes', () => {
    expect(minutesBetween(new Date('2026-12-02T09:30:00Z'), new Date('2026-12-02T10:45:00Z'))).toBe(
      75,
    );
  });
});

describe('shownDays', () => {
  it('turns a view’s exclusive end into the last day shown', () => {
    expect(shownDays(new Date('2026-11-30T00:00:00Z'), new Date('2026-12-07T00:00:00Z'))).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
    });
    expect(shownDays(new Date('2026-12-02T00:00:00Z'), new Date('2026-12-03T00:00:00Z'))).toEqual({
      from: '2026-12-02',
      to: '2026-12-02',
    });
  });
});

describe('isBookable', () => {
  const now = '2026-12-02T11:00:00Z';

  it('refuses slots that have begun', () => {
    expect(isBookable({ start: new Date('2026-12-02T10:30:00Z'), allDay: false }, now)).toBe(false);
    expect(isBookable({ start: new Date('2026-12-02T11:00:00Z'), allDay: false }, now)).toBe(true);
  });

  it('offers today as a whole day but not yesterday', () => {
    expect(isBookable({ start: new Date('2026-12-02T00:00:00Z'), allDay: true }, now)).toBe(true);
    expect(isBookable({ start: new Date('2026-12-01T00:00:00Z'), allDay: true }, now)).toBe(false);
  });
});
