import { addDays } from './clinic-time.ts';
import { dayClock } from './day-clock.ts';
import {
  clockToMinutes,
  intersectSpans,
  MINUTES_PER_DAY,
  type MinuteSpan,
  mergeSpans,
  subtractSpans,
  toClockIntervals,
  toMinuteSpans,
  unionSpans,
} from './intervals.ts';
import { type OpeningHours, WEEKDAYS, type Weekday } from './opening-hours.ts';
import type { ClockInterval, ScheduleException, WorkingPattern } from './schedule.ts';

/** Everything that decides when the clinic is open and who works when. */
export interface ScheduleFacts {
  openingHours: OpeningHours;
  patterns: WorkingPattern[];
  exceptions: ScheduleException[];
}

/** The dentist's pattern on `date`: the one with the latest `validFrom` not after it. */
export function patternInForce(
  patterns: WorkingPattern[],
  dentistId: number,
  date: string,
): WorkingPattern | null {
  let found: WorkingPattern | null = null;
  for (const pattern of patterns) {
    if (pattern.dentistId !== dentistId) continue;
    if (pattern.validFrom !== null && pattern.validFrom > date) continue;
    if (found === null || (found.validFrom ?? '') < (pattern.validFrom ?? '')) found = pattern;
  }
  return found;
}

function dayOfWeek(date: string): Weekday {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(day + 6) % 7] as Weekday;
}

/** One day's effective time in minutes after the clinic's midnight. */
export interface WorkingDayMinutes {
  open: MinuteSpan[];
  dentists: Map<number, MinuteSpan[]>;
}

/** ScheduleFacts arranged for answering day after day without searching them again. */
export interface CompiledSchedule {
  openingHours: OpeningHours;
  /** Each dentist's patterns, latest `validFrom` first; absent = no pattern at all. */
  patterns: Map<number, WorkingPattern[]>;
  closures: ScheduleException[];
  timeOff: Map<number, ScheduleException[]>;
  extraHours: Map<number, ScheduleException[]>;
}

export function compileSchedule(facts: ScheduleFacts): CompiledSchedule {
  const patterns = new Map<number, WorkingPattern[]>();
  for (const pattern of facts.patterns) {
    const list = patterns.get(pattern.dentistId) ?? [];
    list.push(pattern);
    patterns.set(pattern.dentistId, list);
  }
  for (const list of patterns.values()) {
    list.sort((a, b) => ((b.validFrom ?? '') < (a.validFrom ?? '') ? -1 : 1));
  }
  const closures: ScheduleException[] = [];
  const timeOff = new Map<number, ScheduleException[]>();
  const extraHours = new Map<number, ScheduleException[]>();
  for (const exception of facts.exceptions) {
    if (exception.kind === 'closure') {
      closures.push(exception);
      continue;
    }
    if (exception.dentistId === null) continue;
    const byDentist = exception.kind === 'time_off' ? timeOff : extraHours;
    const list = byDentist.get(exception.dentistId) ?? [];
    list.push(exception);
    byDentist.set(exception.dentistId, list);
  }
  return { openingHours: facts.openingHours, patterns, closures, timeOff, extraHours };
}

const WHOLE_DAY: MinuteSpan[] = [{ start: 0, end: MINUTES_PER_DAY }];

function spansOn(date: string, exceptions: readonly ScheduleException[] | undefined): MinuteSpan[] {
  if (!exceptions) return [];
  const spans: MinuteSpan[] = [];
  for (const e of exceptions) {
    if (e.dateFrom > date || e.dateTo < date) continue;
    if (e.startTime === null || e.endTime === null) return WHOLE_DAY;
    spans.push({ start: clockToMinutes(e.startTime), end: clockToMinutes(e.endTime) });
  }
  return mergeSpans(spans);
}

/** The day's clinic open time and each listed dentist's working time, in minutes. */
export function workingDayMinutes(
  date: string,
  schedule: CompiledSchedule,
  dentistIds: readonly number[],
): WorkingDayMinutes {
  const period = schedule.openingHours[dayOfWeek(date)];
  const opening: MinuteSpan[] = period
    ? toMinuteSpans([{ start: period.open, end: period.close }])
    : [];
  const closed = spansOn(date, schedule.closures);
  const open = subtractSpans(opening, closed);
  const dentists = new Map<number, MinuteSpan[]>();
  for (const dentistId of dentistIds) {
    const patterns = schedule.patterns.get(dentistId);
    let usual: MinuteSpan[];
    if (!patterns) {
      usual = opening;
    } else {
      const pattern = patterns.find((p) => p.validFrom === null || p.validFrom <= date);
      usual = pattern ? intersectSpans(toMinuteSpans(pattern.days[dayOfWeek(date)]), opening) : [];
    }
    const withExtra = unionSpans(usual, spansOn(date, schedule.extraHours.get(dentistId)));
    const away = unionSpans(closed, spansOn(date, schedule.timeOff.get(dentistId)));
    dentists.set(dentistId, subtractSpans(withExtra, away));
  }
  return { open, dentists };
}

/**
 * A day's effective intervals: clinic open time (opening hours minus closures) and per dentist
 * (pattern in force ∩ opening hours, or opening hours when the dentist has no pattern at all;
 * minus closures and time off; plus extra_hours (not clipped by opening hours, but closures and
 * time off still win)). Sorted, merged, non-overlapping. A span reaching midnight ends `24:00`.
 */
export function workingDay(
  date: string,
  facts: ScheduleFacts,
  dentistIds: number[],
): { open: ClockInterval[]; dentists: { dentistId: number; hours: ClockInterval[] }[] } {
  const day = workingDayMinutes(date, compileSchedule(facts), dentistIds);
  return {
    open: toClockIntervals(day.open),
    dentists: dentistIds.map((dentistId) => ({
      dentistId,
      hours: toClockIntervals(day.dentists.get(dentistId) ?? []),
    })),
  };
}

/**
 * Working minutes per dentist over `dateFrom`‥`dateTo` (inclusive), for utilisation reports.
 * Real minutes: a shift across a clock change counts the time actually worked.
 */
export function workingMinutesByDentist(
  dateFrom: string,
  dateTo: string,
  facts: ScheduleFacts,
  dentistIds: number[],
  zone: string,
): Map<number, number> {
  const schedule = compileSchedule(facts);
  const totals = new Map<number, number>(dentistIds.map((id) => [id, 0]));
  for (let date = dateFrom; date <= dateTo; date = addDays(date, 1)) {
    const clock = dayClock(date, zone);
    const day = workingDayMinutes(date, schedule, dentistIds);
    for (const [dentistId, spans] of day.dentists) {
      let ms = 0;
      for (const span of spans) ms += clock.boundaryAt(span.end) - clock.boundaryAt(span.start);
      totals.set(dentistId, (totals.get(dentistId) ?? 0) + ms / 60_000);
    }
  }
  return totals;
}
