import { formatShortDate, formatTime } from '../../../lib/dates';
import { i18n } from '../../../lib/i18n';
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
  const t = i18n.getFixedT(null, 'appointments');
  const lines: string[] = [];
  const status = (value: Appointment) => t(`statusValues.${value.status}`);
  const moment = (value: Appointment) =>
    t('dateTime', { date: formatShortDate(value.date), time: formatTime(value.time) });
  const name = (value: string | null) => value ?? t('concurrent.none');
  if (before.status !== after.status) {
    lines.push(t('concurrent.status', { before: status(before), after: status(after) }));
  }
  if (before.date !== after.date || before.time !== after.time) {
    lines.push(t('concurrent.time', { before: moment(before), after: moment(after) }));
  }
  if (before.durationMinutes !== after.durationMinutes) {
    lines.push(
      t('concurrent.length', { before: before.durationMinutes, after: after.durationMinutes }),
    );
  }
  if (before.dentist !== after.dentist) {
    lines.push(
      t('concurrent.dentist', { before: name(before.dentistName), after: name(after.dentistName) }),
    );
  }
  if (before.service !== after.service) {
    lines.push(
      t('concurrent.service', { before: name(before.serviceName), after: name(after.serviceName) }),
    );
  }
  if (before.notes !== after.notes) lines.push(t('concurrent.notes', { notes: after.notes }));
  return lines;
}
