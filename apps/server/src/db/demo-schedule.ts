import { type Actor, addDays, type ClockInterval, clinicDate } from '@clinic/domain';
import type { AppContext } from '../context.ts';
import { createException, createWorkingHours } from '../modules/schedule/index.ts';

const day = (start: string, end: string): ClockInterval[] => [{ start, end }];
const none: ClockInterval[] = [];

/**
 * Three dentists who work differently, each covering the demo's weekday visits (09:00–17:00):
 * one starts early and works Saturday mornings, one stays late, one keeps the core hours.
 */
const PATTERNS = [
  {
    mon: day('08:00', '17:00'),
    tue: day('08:00', '17:00'),
    wed: day('08:00', '17:00'),
    thu: day('08:00', '17:00'),
    fri: day('08:00', '17:00'),
    sat: day('09:00', '13:00'),
    sun: none,
  },
  {
    mon: day('09:00', '18:00'),
    tue: day('09:00', '18:00'),
    wed: day('09:00', '18:00'),
    thu: day('09:00', '18:00'),
    fri: day('09:00', '18:00'),
    sat: none,
    sun: none,
  },
  {
    mon: day('09:00', '17:00'),
    tue: day('09:00', '17:00'),
    wed: day('09:00', '17:00'),
    thu: day('09:00', '17:00'),
    fri: day('09:00', '17:00'),
    sat: none,
    sun: none,
  },
];

/**
 * Working hours for the demo's dentists, a holiday and a training day after the seeded visits
 * (which reach three weeks ahead), so the schedule screens and free times have something to show.
 */
export async function seedDemoSchedule(
  ctx: AppContext,
  owner: Actor,
  options: { dentistIds: number[]; zone: string },
): Promise<void> {
  for (const [index, dentist] of options.dentistIds.entries()) {
    const days = PATTERNS[index % PATTERNS.length];
    if (days) await createWorkingHours(ctx, owner, { dentist, valid_from: null, days });
  }
  const today = clinicDate(new Date(ctx.now()), options.zone);
  const [first, , last] = options.dentistIds;
  if (last !== undefined) {
    await createException(ctx, owner, {
      kind: 'time_off',
      dentist: last,
      date_from: addDays(today, 28),
      date_to: addDays(today, 32),
      start_time: null,
      end_time: null,
      reason: 'Holiday',
    });
  }
  if (first !== undefined) {
    await createException(ctx, owner, {
      kind: 'extra_hours',
      dentist: first,
      date_from: addDays(today, 23),
      start_time: '17:00',
      end_time: '20:00',
      reason: 'Evening clinic',
    });
  }
  await createException(ctx, owner, {
    kind: 'closure',
    dentist: null,
    date_from: addDays(today, 36),
    start_time: null,
    end_time: null,
    reason: 'Staff training',
  });
}
