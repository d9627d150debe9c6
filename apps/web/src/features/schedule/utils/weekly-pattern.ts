import { normalizeTime, type OpeningHours, WEEKDAYS, type Weekday } from '@clinic/domain';
import { i18n } from '../../../lib/i18n';
import type { WorkingHours } from '../api/types';

export interface Interval {
  start: string;
  end: string;
}
export type Week = Record<Weekday, Interval[]>;

/** The server's limit on one day's intervals. */
export const MAX_INTERVALS_PER_DAY = 8;
const WORKDAYS: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri'];

function mapWeek<T>(toValue: (day: Weekday) => T): Record<Weekday, T> {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, toValue(day)])) as Record<Weekday, T>;
}

export function emptyWeek(): Week {
  return mapWeek(() => []);
}

/** What a dentist without a pattern works: the clinic's opening hours, one interval a day. */
export function weekFromOpeningHours(hours: OpeningHours): Week {
  return mapWeek((day) => {
    const period = hours[day];
    return period ? [{ start: period.open, end: period.close }] : [];
  });
}

export function copyWeek(week: Week): Week {
  return mapWeek((day) => week[day].map((interval) => ({ ...interval })));
}

/** Tuesday to Friday become copies of Monday; the weekend stays as it was. */
export function copyMondayToWeekdays(week: Week): Week {
  const copy = copyWeek(week);
  for (const day of WORKDAYS) copy[day] = week.mon.map((interval) => ({ ...interval }));
  return copy;
}

/** A day's intervals in time order, as the week view and the saved pattern show them. */
export function sortedIntervals(intervals: readonly Interval[]): Interval[] {
  return [...intervals].sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * The same checks the server makes, so most mistakes show before saving: each time `HH:MM`,
 * start before end, no overlap within a day, at most eight a day. Messages are keyed by the
 * form path of the field to show them under (`days.mon.0.end`).
 */
export function validateWeek(week: Week): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const day of WEEKDAYS) {
    const intervals = week[day];
    if (intervals.length > MAX_INTERVALS_PER_DAY) {
      errors[`days.${day}`] = i18n.t('schedule:errors.tooMany', {
        max: MAX_INTERVALS_PER_DAY,
      });
    }
    intervals.forEach((interval, index) => {
      const path = `days.${day}.${index}`;
      const start = normalizeTime(interval.start);
      const end = normalizeTime(interval.end);
      if (!start) errors[`${path}.start`] = i18n.t('schedule:errors.time');
      if (!end) errors[`${path}.end`] = i18n.t('schedule:errors.time');
      if (start && end && start >= end) errors[`${path}.end`] = i18n.t('schedule:errors.order');
    });
    const valid = intervals
      .map((interval, index) => ({ ...interval, index }))
      .filter(({ start, end }) => normalizeTime(start) && normalizeTime(end) && start < end)
      .sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < valid.length; i++) {
      const previous = valid[i - 1];
      const current = valid[i];
      if (previous && current && current.start < previous.end) {
        errors[`days.${day}.${current.index}.start`] = i18n.t('schedule:errors.overlap');
      }
    }
  }
  return errors;
}

/** The week as the server takes it: times normalised, each day in time order. */
export function toWeekBody(week: Week): Week {
  return mapWeek((day) =>
    sortedIntervals(
      week[day].map(({ start, end }) => ({
        start: normalizeTime(start) ?? start,
        end: normalizeTime(end) ?? end,
      })),
    ),
  );
}

/** Patterns in the order they take over: "since always" first, then by start day. */
export function sortPatterns(patterns: readonly WorkingHours[]): WorkingHours[] {
  return [...patterns].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
}

/** The pattern in force on `date`: the latest to start on or before it, or none. */
export function patternOn(patterns: readonly WorkingHours[], date: string): WorkingHours | null {
  let found: WorkingHours | null = null;
  for (const pattern of sortPatterns(patterns)) {
    if (pattern.validFrom === null || pattern.validFrom <= date) found = pattern;
  }
  return found;
}
