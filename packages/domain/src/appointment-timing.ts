import { type AppointmentStatus, checkTransition, nextStatuses } from './appointment-status.ts';
import { isRealDate } from './clinic-time.ts';
import { type OpeningHours, WEEKDAYS, type Weekday } from './opening-hours.ts';
import { wallClockToInstant } from './scheduling.ts';

/**
 * The statuses an appointment on `appointmentDate` may move to when the clinic's calendar
 * says `today`: the workflow's next steps, less completed and no-show before the day has come.
 */
export function availableTransitions(
  from: AppointmentStatus,
  appointmentDate: string,
  today: string,
): AppointmentStatus[] {
  return nextStatuses(from).filter(
    (to) => checkTransition(from, to, appointmentDate, today).allowed,
  );
}

/**
 * True when the clinic's clocks show `date` `time` after `now` (epoch milliseconds). A time
 * the clocks skip is never in the future. Forms use it to warn early; the server decides.
 */
export function startsInFuture(date: string, time: string, now: number, zone: string): boolean {
  const startsAt = wallClockToInstant(date, time, zone);
  return startsAt !== null && startsAt > now;
}

export interface AppointmentTiming {
  date: string;
  time: string;
  endTime: string;
  status: AppointmentStatus;
}

/**
 * Whether an appointment belongs with past visits at the clinic-local moment `now`: its outcome
 * is recorded (completed, no-show), or it has ended. Cancelled future visits stay upcoming so
 * that the patient sees what happened to them.
 */
export function isPastAppointment(
  appointment: AppointmentTiming,
  now: { date: string; time: string },
): boolean {
  if (appointment.status === 'completed' || appointment.status === 'no_show') return true;
  if (appointment.date !== now.date) return appointment.date < now.date;
  // A visit that ends at midnight has an end time of 00:00 on its own day.
  const ends =
    appointment.endTime === '00:00' && appointment.time !== '00:00' ? '24:00' : appointment.endTime;
  return ends <= now.time;
}

function minutesOf(time: string): number {
  const [hh, mm] = time.split(':').map(Number);
  return (hh ?? 0) * 60 + (mm ?? 0);
}

/** `HH:MM` start times from `from` (included) to `to` (excluded), every `stepMinutes`. */
export function timeSlots(from: string, to: string, stepMinutes: number): string[] {
  if (stepMinutes <= 0) return [];
  const end = to === '00:00' ? 24 * 60 : minutesOf(to);
  const slots: string[] = [];
  for (let minute = minutesOf(from); minute < end; minute += stepMinutes) {
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    slots.push(`${hh}:${String(minute % 60).padStart(2, '0')}`);
  }
  return slots;
}

/** The weekday of a `YYYY-MM-DD` date, as opening hours name it, or null for no real date. */
export function weekdayOf(date: string): Weekday | null {
  if (!isRealDate(date)) return null;
  const sundayFirst = new Date(`${date}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? null;
}

/**
 * Start times every `stepMinutes` while the clinic is open on `date`; null when the date is
 * not a real one or the clinic is closed that day.
 */
export function openingSlots(
  date: string,
  hours: OpeningHours,
  stepMinutes: number,
): string[] | null {
  const day = weekdayOf(date);
  const period = day ? hours[day] : null;
  return period ? timeSlots(period.open, period.close, stepMinutes) : null;
}
