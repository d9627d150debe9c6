import { isActiveStatus } from './appointment-status.ts';
import { type AppointmentTiming, isPastAppointment } from './appointment-timing.ts';

/**
 * Whether a patient's visit is still to come at the clinic-local moment `now`: it holds its
 * time (an active status, whichever the workflow counts as active) and has not ended. A
 * declined or cancelled visit is over for the patient whatever its date, so it is listed with
 * past visits, where its reason is shown, rather than among the visits to prepare for.
 */
export function isUpcomingVisit(
  appointment: AppointmentTiming,
  now: { date: string; time: string },
): boolean {
  return isActiveStatus(appointment.status) && !isPastAppointment(appointment, now);
}
