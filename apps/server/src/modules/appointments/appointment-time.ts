import { planAppointmentTime } from '@clinic/domain';
import { badRequest } from '../../lib/errors.ts';

/** The instants of a visit at the clinic's wall-clock `date` and `time`; 400 when there are none. */
export function plan(date: string, time: string, durationMinutes: number, zone: string) {
  const planned = planAppointmentTime(date, time, durationMinutes, zone);
  if (!planned.ok) throw badRequest(planned.message, { [planned.field]: planned.message });
  return planned;
}

export function assertInFuture(startsAt: number, now: number): void {
  if (startsAt <= now) {
    const message = 'Choose a time in the future.';
    throw badRequest(message, { date: message, time: message });
  }
}
