import type { Appointment } from '../../../types/api';
import type { UpdateAppointmentInput } from '../../appointments';
import { fromCalendarTime, minutesBetween } from './calendar-time';

/**
 * The fields a drop or a resize changed, as the PATCH to send, or null when the visit stayed as
 * it was. `start` and `end` are in the calendar's wall-clock encoding.
 */
export function rescheduleInput(
  appointment: Appointment,
  change: { start: Date; end: Date | null },
): UpdateAppointmentInput | null {
  const input: UpdateAppointmentInput = {};
  const { date, time } = fromCalendarTime(change.start);
  if (date !== appointment.date || time !== appointment.time) {
    input.date = date;
    input.time = time;
  }
  const minutes = change.end
    ? minutesBetween(change.start, change.end)
    : appointment.durationMinutes;
  if (minutes !== appointment.durationMinutes) input.durationMinutes = minutes;
  return Object.keys(input).length > 0 ? input : null;
}
