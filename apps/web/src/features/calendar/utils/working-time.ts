import { addDays } from '@clinic/domain';
import type { EventInput } from '@fullcalendar/core';
import type { WorkingDay } from '../../availability';
import { toCalendarTime } from './calendar-time';

interface Interval {
  start: string;
  end: string;
}

/** Overlapping or touching intervals merged, in order. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start.localeCompare(b.start));
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

/** The parts of a day (`00:00`–`24:00`) outside the given working intervals. */
export function gapsOf(working: readonly Interval[]): Interval[] {
  const gaps: Interval[] = [];
  let cursor = '00:00';
  for (const interval of mergeIntervals(working)) {
    if (interval.start > cursor) gaps.push({ start: cursor, end: interval.start });
    if (interval.end > cursor) cursor = interval.end;
  }
  if (cursor < '24:00') gaps.push({ start: cursor, end: '24:00' });
  return gaps;
}

/**
 * When the calendar counts as working on a day: one dentist's hours when the calendar shows
 * one; otherwise whenever the clinic is open or any dentist works (extra hours may lie outside
 * the opening hours).
 */
export function workingIntervals(day: WorkingDay, dentist: number | null): Interval[] {
  if (dentist !== null) {
    return day.dentists.find((entry) => entry.dentist === dentist)?.hours ?? [];
  }
  return mergeIntervals([...day.open, ...day.dentists.flatMap((entry) => entry.hours)]);
}

function calendarTime(date: string, time: string): string {
  return time === '24:00' ? toCalendarTime(addDays(date, 1), '00:00') : toCalendarTime(date, time);
}

/**
 * FullCalendar background events that shade the time nobody works; a day with no working time
 * at all (a closure, a day off, a weekend) is also labelled, in the month view too.
 */
export function nonWorkingEvents(
  days: readonly WorkingDay[],
  dentist: number | null,
  closedLabel: string,
): EventInput[] {
  return days.flatMap((day) => {
    const working = workingIntervals(day, dentist);
    const shading = gapsOf(working).map((gap) => ({
      start: calendarTime(day.date, gap.start),
      end: calendarTime(day.date, gap.end),
      display: 'background',
      classNames: ['clinic-nonworking'],
      ...(working.length === 0 ? { title: closedLabel } : {}),
    }));
    if (working.length > 0) return shading;
    return [
      ...shading,
      {
        start: day.date,
        end: addDays(day.date, 1),
        allDay: true,
        display: 'background',
        title: closedLabel,
        classNames: ['clinic-nonworking', 'clinic-closed-day'],
      },
    ];
  });
}
