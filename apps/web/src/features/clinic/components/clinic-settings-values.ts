import {
  BOOKING_HORIZON_DAYS,
  CLINIC_CONTACT_LIMITS,
  DEFAULT_OPENING_HOURS,
  findOpeningHoursProblem,
  isPlausiblePhone,
  isValidMaxOpenRequests,
  type Language,
  MIN_NOTICE_MINUTES,
  OPEN_REQUESTS_LIMIT,
  type OpeningHours,
  PATIENT_CHANGE_CUTOFF_HOURS,
  SLOT_STEP_MINUTES,
  type TimeFormat,
  WEEKDAYS,
  type Weekday,
} from '@clinic/domain';
import { i18n } from '../../../lib/i18n';
import { requireEmail } from '../../../lib/validators';
import type { Clinic } from '../../../types/api';
import type { UpdateClinicInput } from '../api/update-clinic';

/** A weekday's name in the active language, as the form labels it. */
export function weekdayLabel(day: Weekday): string {
  return i18n.t(`weekdays.${day}`);
}

/** A closed day keeps its times in the form, so reopening it restores what was there. */
export interface DayHoursValues {
  isOpen: boolean;
  open: string;
  close: string;
}

export interface ClinicSettingsValues {
  name: string;
  timezone: string;
  reminderLeadHours: number | string;
  maxOpenRequests: number | string;
  defaultLanguage: Language;
  timeFormat: TimeFormat;
  openingHours: Record<Weekday, DayHoursValues>;
  minNoticeMinutes: number | string;
  bookingHorizonDays: number | string;
  /** The select's value: one of SLOT_STEP_MINUTES, as text. */
  slotStepMinutes: string;
  /** How patients reach the clinic; '' for none. */
  phone: string;
  address: string;
  email: string;
  patientChangeCutoffHours: number | string;
  patientsMoveConfirmed: boolean;
  unverifiedPatientsMayRequest: boolean;
  calendarFeedPatientNames: boolean;
}

const MAX_REMINDER_LEAD_HOURS = 168;
const fallbackPeriod = { open: '09:00', close: '17:00' };
const closedWeek = Object.fromEntries(WEEKDAYS.map((day) => [day, null])) as OpeningHours;

function mapWeek<T>(toValue: (day: Weekday) => T): Record<Weekday, T> {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, toValue(day)])) as Record<Weekday, T>;
}

export function toFormValues(clinic: Clinic): ClinicSettingsValues {
  return {
    name: clinic.name,
    timezone: clinic.timezone,
    reminderLeadHours: clinic.reminderLeadHours,
    maxOpenRequests: clinic.maxOpenRequests,
    defaultLanguage: clinic.defaultLanguage,
    timeFormat: clinic.timeFormat,
    openingHours: mapWeek((day) => {
      const period = clinic.openingHours[day];
      return {
        isOpen: Boolean(period),
        ...(period ?? DEFAULT_OPENING_HOURS[day] ?? fallbackPeriod),
      };
    }),
    minNoticeMinutes: clinic.minNoticeMinutes,
    bookingHorizonDays: clinic.bookingHorizonDays,
    slotStepMinutes: String(clinic.slotStepMinutes),
    phone: clinic.phone,
    address: clinic.address,
    email: clinic.email,
    patientChangeCutoffHours: clinic.patientChangeCutoffHours,
    patientsMoveConfirmed: clinic.patientsMoveConfirmed,
    unverifiedPatientsMayRequest: clinic.unverifiedPatientsMayRequest,
    calendarFeedPatientNames: clinic.calendarFeedPatientNames,
  };
}

function isSlotStep(value: number): value is (typeof SLOT_STEP_MINUTES)[number] {
  return (SLOT_STEP_MINUTES as readonly number[]).includes(value);
}

/** A zone fixed by the server's configuration is left out: the server refuses to change it. */
export function toUpdateInput(
  values: ClinicSettingsValues,
  { withTimezone }: { withTimezone: boolean },
): UpdateClinicInput {
  const slotStep = Number(values.slotStepMinutes);
  return {
    name: values.name.trim(),
    ...(withTimezone ? { timezone: values.timezone } : {}),
    reminderLeadHours: Number(values.reminderLeadHours),
    maxOpenRequests: Number(values.maxOpenRequests),
    defaultLanguage: values.defaultLanguage,
    timeFormat: values.timeFormat,
    openingHours: mapWeek((day) => {
      const { isOpen, open, close } = values.openingHours[day];
      return isOpen ? { open, close } : null;
    }),
    minNoticeMinutes: Number(values.minNoticeMinutes),
    bookingHorizonDays: Number(values.bookingHorizonDays),
    ...(isSlotStep(slotStep) ? { slotStepMinutes: slotStep } : {}),
    phone: values.phone.trim(),
    address: values.address.trim(),
    email: values.email.trim(),
    patientChangeCutoffHours: Number(values.patientChangeCutoffHours),
    patientsMoveConfirmed: values.patientsMoveConfirmed,
    unverifiedPatientsMayRequest: values.unverifiedPatientsMayRequest,
    calendarFeedPatientNames: values.calendarFeedPatientNames,
  };
}

function isWholeIn(value: number | string, range: { min: number; max: number }): boolean {
  const number = Number(value);
  return value !== '' && Number.isInteger(number) && number >= range.min && number <= range.max;
}

/** The clinic's contact details are optional; what is given must be usable by a patient. */
function validateContact(values: ClinicSettingsValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const phone = values.phone.trim();
  if (phone !== '' && !isPlausiblePhone(phone)) errors.phone = i18n.t('clinic:errors.phone');
  if (phone.length > CLINIC_CONTACT_LIMITS.phone) errors.phone = i18n.t('clinic:errors.phone');
  if (values.address.trim().length > CLINIC_CONTACT_LIMITS.address) {
    errors.address = i18n.t('clinic:errors.address', { max: CLINIC_CONTACT_LIMITS.address });
  }
  const email = values.email.trim();
  if (email !== '' && requireEmail(email)) errors.email = i18n.t('clinic:errors.email');
  return errors;
}

/** Returns messages keyed by form path, as Mantine's form expects. */
export function validateClinicSettings(values: ClinicSettingsValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.name.trim() === '') errors.name = i18n.t('clinic:errors.name');
  if (!values.timezone) errors.timezone = i18n.t('clinic:errors.timeZone');
  const lead = Number(values.reminderLeadHours);
  if (
    values.reminderLeadHours === '' ||
    !Number.isInteger(lead) ||
    lead < 0 ||
    lead > MAX_REMINDER_LEAD_HOURS
  ) {
    errors.reminderLeadHours = i18n.t('clinic:errors.reminderLead', {
      max: MAX_REMINDER_LEAD_HOURS,
    });
  }
  if (values.maxOpenRequests === '' || !isValidMaxOpenRequests(Number(values.maxOpenRequests))) {
    errors.maxOpenRequests = i18n.t('clinic:errors.maxOpenRequests', {
      min: OPEN_REQUESTS_LIMIT.min,
      max: OPEN_REQUESTS_LIMIT.max,
    });
  }
  if (!isWholeIn(values.minNoticeMinutes, MIN_NOTICE_MINUTES)) {
    errors.minNoticeMinutes = i18n.t('clinic:errors.minNotice', { max: MIN_NOTICE_MINUTES.max });
  }
  if (!isWholeIn(values.bookingHorizonDays, BOOKING_HORIZON_DAYS)) {
    errors.bookingHorizonDays = i18n.t('clinic:errors.horizon', {
      min: BOOKING_HORIZON_DAYS.min,
      max: BOOKING_HORIZON_DAYS.max,
    });
  }
  if (!isWholeIn(values.patientChangeCutoffHours, PATIENT_CHANGE_CUTOFF_HOURS)) {
    errors.patientChangeCutoffHours = i18n.t('clinic:errors.patientChangeCutoff', {
      max: PATIENT_CHANGE_CUTOFF_HOURS.max,
    });
  }
  Object.assign(errors, validateContact(values));
  for (const day of WEEKDAYS) {
    const { isOpen, open, close } = values.openingHours[day];
    if (!isOpen) continue;
    // Checked one day at a time so that every faulty day gets its own message.
    const problem = findOpeningHoursProblem({ ...closedWeek, [day]: { open, close } });
    if (problem) {
      errors[`openingHours.${day}.close`] =
        open && close && open >= close
          ? i18n.t('clinic:errors.closeAfterOpen')
          : i18n.t('clinic:errors.timeFormat');
    }
  }
  return errors;
}

/** The server names a faulty day ("openingHours.mon"); the form shows it under that day's closing time. */
export function toFormErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      /^openingHours\.[a-z]{3}$/.test(path) ? `${path}.close` : path,
      message,
    ]),
  );
}
