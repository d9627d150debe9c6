import { isRealDate, normalizeTime } from './clinic-time.ts';
import { WEEKDAYS, type Weekday } from './opening-hours.ts';
import { SCHEDULE_EXCEPTION_KINDS, type ScheduleException, type WeeklyHours } from './schedule.ts';

/** The most working intervals a weekday may hold. */
export const MAX_INTERVALS_PER_DAY = 8;
/** The longest schedule exception, in days, both ends counted. */
export const MAX_EXCEPTION_DAYS = 366;

/** The first problem with a weekly pattern, keyed by weekday, or null when it is valid. */
export function findWeeklyHoursProblem(
  days: WeeklyHours,
): { day: Weekday; message: string } | null {
  for (const day of WEEKDAYS) {
    const intervals = days[day] ?? [];
    if (intervals.length > MAX_INTERVALS_PER_DAY) {
      return { day, message: `A day holds at most ${MAX_INTERVALS_PER_DAY} working intervals.` };
    }
    const normalized: { start: string; end: string }[] = [];
    for (const interval of intervals) {
      const start = normalizeTime(interval.start);
      const end = normalizeTime(interval.end);
      if (!start || !end) return { day, message: 'Times must be HH:MM on a 24-hour clock.' };
      if (start >= end) return { day, message: 'Each interval must start before it ends.' };
      normalized.push({ start, end });
    }
    normalized.sort((a, b) => (a.start < b.start ? -1 : 1));
    for (let i = 1; i < normalized.length; i++) {
      const previous = normalized[i - 1] as { end: string };
      const current = normalized[i] as { start: string };
      if (current.start < previous.end) {
        return { day, message: 'Working intervals on the same day must not overlap.' };
      }
    }
  }
  return null;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** The first problem with a schedule exception, keyed by its wire field, or null when valid. */
export function findScheduleExceptionProblem(e: Omit<ScheduleException, 'id' | 'reason'>): {
  field: 'kind' | 'dentist' | 'date_to' | 'start_time' | 'end_time';
  message: string;
} | null {
  if (!(SCHEDULE_EXCEPTION_KINDS as readonly string[]).includes(e.kind)) {
    return { field: 'kind', message: 'Kind must be closure, time_off or extra_hours.' };
  }
  if (e.kind === 'closure' && e.dentistId !== null) {
    return {
      field: 'dentist',
      message: 'A closure closes the whole clinic: leave the dentist empty.',
    };
  }
  if (e.kind !== 'closure' && e.dentistId === null) {
    return { field: 'dentist', message: 'Choose the dentist this applies to.' };
  }
  if (!isRealDate(e.dateTo)) {
    return { field: 'date_to', message: 'The last day must be a date (YYYY-MM-DD).' };
  }
  if (isRealDate(e.dateFrom)) {
    if (e.dateTo < e.dateFrom) {
      return { field: 'date_to', message: 'The last day must not be before the first day.' };
    }
    if (daysBetween(e.dateFrom, e.dateTo) + 1 > MAX_EXCEPTION_DAYS) {
      return {
        field: 'date_to',
        message: `An exception covers at most ${MAX_EXCEPTION_DAYS} days.`,
      };
    }
  }
  if (e.startTime === null && e.endTime === null) return null;
  if (e.startTime === null) {
    return { field: 'start_time', message: 'Give both times, or neither for whole days.' };
  }
  if (e.endTime === null) {
    return { field: 'end_time', message: 'Give both times, or neither for whole days.' };
  }
  const start = normalizeTime(e.startTime);
  const end = normalizeTime(e.endTime);
  if (!start) return { field: 'start_time', message: 'Times must be HH:MM on a 24-hour clock.' };
  if (!end) return { field: 'end_time', message: 'Times must be HH:MM on a 24-hour clock.' };
  if (start >= end)
    return { field: 'end_time', message: 'The end time must be after the start time.' };
  return null;
}
