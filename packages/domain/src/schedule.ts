import type { Weekday } from './opening-hours.ts';

/*
 * The shapes a dentist's schedule is made of. Times are the clinic's wall clock (`HH:MM`, in its
 * time zone); dates are clinic days (`YYYY-MM-DD`). The rules that combine them into free times
 * live beside this file; the server stores these shapes and the web edits them.
 */

/** `[start, end)` on the clinic's wall clock, `HH:MM` each; `start` is before `end`. */
export interface ClockInterval {
  start: string;
  end: string;
}

/** One or more working intervals per weekday; an empty list is a day off. */
export type WeeklyHours = Record<Weekday, ClockInterval[]>;

/**
 * A dentist's weekly pattern, in force from `validFrom` (inclusive) until the next pattern of
 * the same dentist starts; `validFrom: null` means since always.
 */
export interface WorkingPattern {
  dentistId: number;
  validFrom: string | null;
  days: WeeklyHours;
}

/**
 * `closure`: the whole clinic is closed (dentistId null). `time_off`: one dentist does not
 * work. `extra_hours`: one dentist works outside the weekly pattern on those days.
 */
export const SCHEDULE_EXCEPTION_KINDS = ['closure', 'time_off', 'extra_hours'] as const;
export type ScheduleExceptionKind = (typeof SCHEDULE_EXCEPTION_KINDS)[number];

/**
 * A one-off change to the schedule on the days `dateFrom`..`dateTo` (inclusive). With both
 * times null it covers each whole day; otherwise the same `[startTime, endTime)` on each day.
 */
export interface ScheduleException {
  id: number;
  kind: ScheduleExceptionKind;
  dentistId: number | null;
  dateFrom: string;
  dateTo: string;
  startTime: string | null;
  endTime: string | null;
  reason: string;
}

/** What a clinic decides about patients booking themselves; owner and staff are not bound. */
export interface BookingRules {
  /** A patient's visit starts at least this long after the request. */
  minNoticeMinutes: number;
  /** A patient books at most this many days ahead (today counts as day 0). */
  bookingHorizonDays: number;
  /** Free times are offered every this many minutes of the clinic's clock. */
  slotStepMinutes: number;
}

export const MIN_NOTICE_MINUTES = { min: 0, max: 14 * 24 * 60, default: 120 } as const;
export const BOOKING_HORIZON_DAYS = { min: 1, max: 730, default: 90 } as const;
export const SLOT_STEP_MINUTES = [5, 10, 15, 20, 30, 60] as const;
export const DEFAULT_SLOT_STEP_MINUTES = 15;
export const DEFAULT_BOOKING_RULES: BookingRules = {
  minNoticeMinutes: MIN_NOTICE_MINUTES.default,
  bookingHorizonDays: BOOKING_HORIZON_DAYS.default,
  slotStepMinutes: DEFAULT_SLOT_STEP_MINUTES,
};

/** Chair cleaning and preparation after a visit, per service. */
export const MAX_BUFFER_MINUTES = 120;

/** The longest span one availability question may cover, in days, both ends counted. */
export const MAX_AVAILABILITY_DAYS = 62;
