import { statusLabel } from '@clinic/domain';
import { formatShortDate } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import type { AppointmentFormValues } from './appointment-form';

const FIELDS = [
  'patient',
  'dentist',
  'service',
  'date',
  'time',
  'status',
  'notes',
] as const satisfies readonly (keyof AppointmentFormValues)[];

/**
 * The form moved onto a colleague's newer version: what this person changed stays theirs,
 * everything they left alone takes the colleague's value, so saving undoes nothing unseen.
 */
export function rebaseFormValues(
  values: AppointmentFormValues,
  oldBase: AppointmentFormValues,
  newBase: AppointmentFormValues,
): AppointmentFormValues {
  const rebased = { ...newBase };
  for (const field of FIELDS) {
    if (values[field] !== oldBase[field]) Object.assign(rebased, { [field]: values[field] });
  }
  return rebased;
}

/** What someone else changed between the version a person opened and the current one. */
export function describeTheirChanges(before: Appointment, after: Appointment): string[] {
  const lines: string[] = [];
  if (before.status !== after.status) {
    lines.push(`Status: ${statusLabel(before.status)} → ${statusLabel(after.status)}`);
  }
  if (before.date !== after.date || before.time !== after.time) {
    lines.push(
      `Time: ${formatShortDate(before.date)} ${before.time} → ${formatShortDate(after.date)} ${after.time}`,
    );
  }
  if (before.durationMinutes !== after.durationMinutes) {
    lines.push(`Length: ${before.durationMinutes} → ${after.durationMinutes} minutes`);
  }
  if (before.dentist !== after.dentist) {
    lines.push(`Dentist: ${before.dentistName ?? 'none'} → ${after.dentistName ?? 'none'}`);
  }
  if (before.service !== after.service) {
    lines.push(`Service: ${before.serviceName ?? 'none'} → ${after.serviceName ?? 'none'}`);
  }
  if (before.notes !== after.notes) lines.push(`Notes: “${after.notes}”`);
  return lines;
}
