import {
  BOOKING_HORIZON_DAYS,
  MIN_NOTICE_MINUTES,
  SCHEDULE_EXCEPTION_KINDS,
  SLOT_STEP_MINUTES,
  WEEKDAYS,
} from '@clinic/domain';
import { z } from 'zod';
import { timeField } from './appointments.ts';
import { clinicDayField } from './clinic-day.ts';

/*
 * Dentists' working hours, exceptions to them, and the clinic's booking rules. Times are the
 * clinic's wall clock (`HH:MM`), dates clinic days (`YYYY-MM-DD`).
 */

export const clockIntervalWire = z.object({ start: z.string(), end: z.string() });
const clockIntervalBody = z.object({ start: timeField, end: timeField });
const dayIntervalsBody = z.array(clockIntervalBody).max(8, 'At most 8 intervals a day.');

export const weeklyHoursWire = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(clockIntervalWire)])) as Record<
    (typeof WEEKDAYS)[number],
    z.ZodArray<typeof clockIntervalWire>
  >,
);
/** Every weekday must be present; an empty list is a day off. */
export const weeklyHoursBody = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, dayIntervalsBody])) as Record<
    (typeof WEEKDAYS)[number],
    typeof dayIntervalsBody
  >,
);

/** A dentist's weekly pattern; `valid_from: null` is in force since always. */
export const workingHoursWire = z.object({
  id: z.number().int(),
  dentist: z.number().int(),
  valid_from: z.string().nullable(),
  days: weeklyHoursWire,
});
export type WorkingHoursWire = z.output<typeof workingHoursWire>;

export const workingHoursQuery = z.object({
  dentist: z.coerce.number().int().positive().optional(),
});

export const createWorkingHoursBody = z.object({
  dentist: z.number().int().positive(),
  valid_from: clinicDayField.nullable().default(null),
  days: weeklyHoursBody,
});
export type CreateWorkingHoursBody = z.output<typeof createWorkingHoursBody>;
export type CreateWorkingHoursRequest = z.input<typeof createWorkingHoursBody>;

export const updateWorkingHoursBody = z.object({
  valid_from: clinicDayField.nullable().optional(),
  days: weeklyHoursBody.optional(),
});
export type UpdateWorkingHoursBody = z.output<typeof updateWorkingHoursBody>;
export type UpdateWorkingHoursRequest = z.input<typeof updateWorkingHoursBody>;

/**
 * `closure` closes the whole clinic (`dentist` null); `time_off` and `extra_hours` belong to
 * one dentist. Both times null: each whole day from `date_from` to `date_to`.
 */
export const scheduleExceptionWire = z.object({
  id: z.number().int(),
  kind: z.enum(SCHEDULE_EXCEPTION_KINDS),
  dentist: z.number().int().nullable(),
  dentist_name: z.string().nullable(),
  date_from: z.string(),
  date_to: z.string(),
  start_time: z.string().nullable(),
  end_time: z.string().nullable(),
  reason: z.string(),
});
export type ScheduleExceptionWire = z.output<typeof scheduleExceptionWire>;

export const scheduleExceptionsQuery = z.object({
  date_from: clinicDayField.optional(),
  date_to: clinicDayField.optional(),
  dentist: z.coerce.number().int().positive().optional(),
  kind: z.enum(SCHEDULE_EXCEPTION_KINDS).optional(),
});

export const createScheduleExceptionBody = z.object({
  kind: z.enum(SCHEDULE_EXCEPTION_KINDS),
  dentist: z.number().int().positive().nullable().default(null),
  date_from: clinicDayField,
  date_to: clinicDayField.optional().describe('Defaults to date_from.'),
  start_time: timeField.nullable().default(null),
  end_time: timeField.nullable().default(null),
  reason: z.string().trim().max(200).default(''),
});
export type CreateScheduleExceptionBody = z.output<typeof createScheduleExceptionBody>;
export type CreateScheduleExceptionRequest = z.input<typeof createScheduleExceptionBody>;

export const updateScheduleExceptionBody = z.object({
  date_from: clinicDayField.optional(),
  date_to: clinicDayField.optional(),
  start_time: timeField.nullable().optional(),
  end_time: timeField.nullable().optional(),
  reason: z.string().trim().max(200).optional(),
});
export type UpdateScheduleExceptionBody = z.output<typeof updateScheduleExceptionBody>;
export type UpdateScheduleExceptionRequest = z.input<typeof updateScheduleExceptionBody>;

export const scheduleIdParams = z.object({ id: z.coerce.number().int().positive() });

/** Booking rules, part of the clinic's settings (`GET`/`PATCH /api/clinic`). */
export const bookingRulesFields = {
  min_notice_minutes: z
    .number()
    .int('Enter whole minutes.')
    .min(MIN_NOTICE_MINUTES.min)
    .max(MIN_NOTICE_MINUTES.max, 'At most 14 days.')
    .describe('A patient’s visit starts at least this long after the request.'),
  booking_horizon_days: z
    .number()
    .int('Enter whole days.')
    .min(BOOKING_HORIZON_DAYS.min, 'At least 1 day.')
    .max(BOOKING_HORIZON_DAYS.max, 'At most 730 days.')
    .describe('How many days ahead patients may book.'),
  slot_step_minutes: z
    .union(SLOT_STEP_MINUTES.map((n) => z.literal(n)))
    .describe('Free times are offered every this many minutes.'),
};

/**
 * Each day's working intervals per dentist after patterns, opening hours and exceptions, and
 * the clinic's closures: what the calendar shades and reports count as working time.
 */
export const workingDaysQuery = z.object({
  date_from: clinicDayField,
  date_to: clinicDayField,
  dentist: z.coerce.number().int().positive().optional(),
});
export const workingDaysWire = z.object({
  days: z.array(
    z.object({
      date: z.string(),
      /** The clinic's opening hours that day, after closures. */
      open: z.array(clockIntervalWire),
      dentists: z.array(z.object({ dentist: z.number().int(), hours: z.array(clockIntervalWire) })),
    }),
  ),
});
export type WorkingDaysWire = z.output<typeof workingDaysWire>;
