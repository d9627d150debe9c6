import { checkPatientChange, wallClockToInstant } from '@clinic/domain';
import type { Appointment, Clinic } from '../../../types/api';

/**
 * What a patient may do to one of their visits now: change it online (`open`), no more since
 * the clinic's cut-off passed (`too_late`: they phone instead), or nothing at all (`closed`: a
 * visit that is over, cancelled or under way). The server applies the same rule; this only
 * spares the patient a button that would be refused.
 */
export type PatientChangeWindow = 'open' | 'too_late' | 'closed';

export function patientChangeWindow(
  appointment: Pick<Appointment, 'status' | 'date' | 'time'>,
  clinic: Pick<Clinic, 'timezone' | 'patientChangeCutoffHours'>,
  now: number,
): PatientChangeWindow {
  const startsAt = wallClockToInstant(appointment.date, appointment.time, clinic.timezone);
  if (startsAt === null) return 'closed';
  const check = checkPatientChange({
    status: appointment.status,
    startsAt,
    now,
    cutoffHours: clinic.patientChangeCutoffHours,
    change: 'cancel',
  });
  if (check.allowed) return 'open';
  return check.code === 'too_late' ? 'too_late' : 'closed';
}
