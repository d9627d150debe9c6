import {
  checkNewAppointment,
  isRealDate,
  isRecordableStatus,
  normalizeTime,
  startsInFuture,
  wallClockToInstant,
} from '@clinic/domain';
import { i18n } from '../../../lib/i18n';
import type { Appointment, AppointmentStatus } from '../../../types/api';
import type { CreateAppointmentInput } from '../api/create-appointment';
import type { UpdateAppointmentInput } from '../api/update-appointment';

/** Ids are strings because that is what select fields hold; '' means none chosen. */
export interface AppointmentFormValues {
  patient: string;
  dentist: string;
  service: string;
  date: string;
  time: string;
  status: AppointmentStatus;
  notes: string;
  /** Owner and staff: book even where no free time is (an emergency, a favour). */
  overrideAvailability: boolean;
  /** Owner and staff: enter a visit that already happened (or is happening) rather than book one. */
  recordedAfterTheFact: boolean;
}

export const emptyAppointmentForm: AppointmentFormValues = {
  patient: '',
  dentist: '',
  service: '',
  date: '',
  time: '',
  status: 'confirmed',
  notes: '',
  overrideAvailability: false,
  recordedAfterTheFact: false,
};

export function toFormValues(appointment: Appointment): AppointmentFormValues {
  return {
    patient: String(appointment.patient),
    dentist: appointment.dentist === null ? '' : String(appointment.dentist),
    service: appointment.service === null ? '' : String(appointment.service),
    date: appointment.date,
    time: appointment.time,
    status: appointment.status,
    notes: appointment.notes,
    overrideAvailability: false,
    recordedAfterTheFact: false,
  };
}

export interface ValidationContext {
  zone: string;
  /** Epoch milliseconds; a booking must start after it. */
  now: number;
  requirePatient?: boolean;
  requireService?: boolean;
  /** False when an edit leaves the time alone: only a new or moved booking must be in the future. */
  mustBeFuture?: boolean;
  /** Today on the clinic's calendar, for a visit recorded after the fact. */
  today?: string;
  /** A form that sends its status: confirming needs a dentist. */
  requireDentistToConfirm?: boolean;
}

/** Catches what can be known before asking the server; the server still has the last word. */
export function validateAppointmentForm(
  values: AppointmentFormValues,
  context: ValidationContext,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const t = i18n.getFixedT(null, 'appointments', 'validation');
  if (context.requirePatient && values.patient === '') errors.patient = t('choosePatient');
  if (context.requireService && values.service === '') errors.service = t('chooseService');
  const date = values.date.trim();
  const time = normalizeTime(values.time.trim());
  if (!isRealDate(date)) errors.date = t('invalidDate');
  if (time === null) errors.time = t('invalidTime');
  if (errors.date || errors.time) return errors;
  if (values.recordedAfterTheFact && time !== null) {
    return { ...errors, ...recordErrors(values, date, time, context) };
  }
  if (values.status === 'confirmed' && values.dentist === '' && context.requireDentistToConfirm) {
    errors.dentist = t('dentistToConfirm');
  }
  if (context.mustBeFuture === false) return errors;
  if (time !== null && !startsInFuture(date, time, context.now, context.zone)) {
    // Said on the date when the whole day is gone, on the time when only the hour is.
    if (startsInFuture(date, '23:59', context.now, context.zone)) {
      errors.time = t('timeGone');
    } else {
      errors.date = t('dayGone');
    }
  }
  return errors;
}

/** The domain's rules for a record of what already happened, in the reader's words. */
function recordErrors(
  values: AppointmentFormValues,
  date: string,
  time: string,
  context: ValidationContext,
): Record<string, string> {
  const startsAt = wallClockToInstant(date, time, context.zone);
  if (startsAt === null || context.today === undefined) return {};
  const check = checkNewAppointment(
    {
      status: values.status,
      recordedAfterTheFact: true,
      date,
      startsAt,
      dentistId: optionalId(values.dentist),
    },
    context.now,
    context.today,
  );
  if (check.allowed) return {};
  const t = i18n.getFixedT(null, 'appointments', 'recordAfter.errors');
  if (check.field === 'when') return { time: t('notStarted') };
  if (check.field === 'dentist') return { dentist: t('dentist') };
  return { status: t('arrivedToday') };
}

function optionalId(value: string): number | null {
  return value === '' ? null : Number(value);
}

export function toCreateInput(
  values: AppointmentFormValues,
  { asTeam }: { asTeam: boolean },
): CreateAppointmentInput {
  const input: CreateAppointmentInput = {
    dentist: optionalId(values.dentist),
    service: optionalId(values.service),
    date: values.date.trim(),
    time: normalizeTime(values.time.trim()) ?? values.time.trim(),
    notes: values.notes.trim(),
  };
  if (asTeam && values.recordedAfterTheFact && isRecordableStatus(values.status)) {
    input.patient = Number(values.patient);
    input.status = values.status;
    input.recordedAfterTheFact = true;
  } else if (asTeam) {
    input.patient = Number(values.patient);
    input.status = values.status === 'pending' ? 'pending' : 'confirmed';
    if (values.overrideAvailability) input.overrideAvailability = true;
  }
  return input;
}

/** Only what the user changed, so the history records exactly that. */
export function toUpdateInput(
  values: AppointmentFormValues,
  initial: AppointmentFormValues,
): UpdateAppointmentInput {
  const input: UpdateAppointmentInput = {};
  const time = normalizeTime(values.time.trim()) ?? values.time.trim();
  if (values.status !== initial.status) input.status = values.status;
  if (values.date.trim() !== initial.date) input.date = values.date.trim();
  if (time !== initial.time) input.time = time;
  if (values.dentist !== initial.dentist) input.dentist = optionalId(values.dentist);
  if (values.service !== initial.service) input.service = optionalId(values.service);
  if (values.notes.trim() !== initial.notes.trim()) input.notes = values.notes.trim();
  if (values.overrideAvailability && Object.keys(input).length > 0) {
    input.overrideAvailability = true;
  }
  return input;
}

/** The server may name several fields with one message (a double booking: time and dentist). */
const FIELD_ORDER = ['patient', 'date', 'time', 'dentist', 'service', 'status', 'notes'];

/**
 * Shows a message once, under the first field it concerns; the other fields it names are only
 * marked, so that the same sentence does not appear three times in one form.
 */
export function collapseRepeatedErrors(
  errors: Record<string, string>,
): Record<string, string | true> {
  const seen = new Set<string>();
  const rank = (field: string) =>
    FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length;
  const ordered = Object.keys(errors).sort((a, b) => rank(a) - rank(b));
  const result: Record<string, string | true> = {};
  for (const field of ordered) {
    const message = errors[field] ?? '';
    result[field] = seen.has(message) ? true : message;
    seen.add(message);
  }
  return result;
}
