import type { TFunction } from 'i18next';
import type { AuditSubject } from '../../../types/api';

type T = TFunction<'audit'>;

/** How one recorded field of an account, a service or the clinic reads in the log. */
export interface FieldWording {
  label: (t: T) => string;
  /** A value in words; plain text when absent. */
  format?: (value: unknown, t: T, locale: string) => string;
  /** The whole change in words, for fields where "before → after" would read oddly. */
  change?: (before: unknown, after: unknown, t: T) => string;
  /**
   * A line about the record as created or deleted, or null to say nothing. Fields without one
   * are left out there: the name is beside the entry already, and the rest is detail.
   */
  summary?: (value: unknown, t: T, locale: string) => string | null;
}

/** Any value as text, for fields with no wording of their own. */
export function plainValue(value: unknown, t: T): string {
  if (value === null || value === undefined) return t('values.none');
  if (value === '') return t('values.empty');
  if (typeof value === 'boolean') return value ? t('values.yes') : t('values.no');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A field whose value, once created or deleted, is worth a line of its own: `Price: 60.00`. */
function summed(
  label: (t: T) => string,
  format: (value: unknown, t: T, locale: string) => string,
): Pick<FieldWording, 'label' | 'format' | 'summary'> {
  return {
    label,
    format,
    summary: (value, t, locale) =>
      t('line.value', { label: label(t), value: format(value, t, locale) }),
  };
}

/** An account or a service switched off or back on reads the same to the owner. */
const active: FieldWording = {
  label: (t) => t('fields.active'),
  change: (_before, after, t) =>
    after === false ? t('facts.deactivated') : t('facts.reactivated'),
  summary: (value, t) => (value === false ? t('facts.inactive') : null),
};

function role(value: unknown, t: T): string {
  return value === 'owner' || value === 'staff' || value === 'patient'
    ? t(`roles.${value}`)
    : plainValue(value, t);
}

function noneIfEmpty(value: unknown, t: T): string {
  return value === '' ? t('values.none') : plainValue(value, t);
}

/** A person's calendar feed address (decision 042): recorded as `none`, `active`, `replaced`, `revoked`. */
const calendarFeed: FieldWording = {
  label: (t) => t('fields.calendarFeed'),
  change: (_before, after, t) =>
    after === 'revoked'
      ? t('facts.calendarFeedRevoked')
      : after === 'replaced'
        ? t('facts.calendarFeedReplaced')
        : t('facts.calendarFeedActive'),
};

const ACCOUNT_FIELDS: Record<string, FieldWording> = {
  name: { label: (t) => t('fields.name') },
  email: { label: (t) => t('fields.email') },
  // No phone is kept as an empty one.
  phone: {
    label: (t) => t('fields.phone'),
    format: (value, t) => (value === '' ? t('values.none') : plainValue(value, t)),
  },
  role: summed((t) => t('fields.role'), role),
  isDentist: {
    label: (t) => t('fields.dentist'),
    change: (_before, after, t) =>
      after === true ? t('facts.nowDentist') : t('facts.noLongerDentist'),
    summary: (value, t) => (value === true ? t('facts.dentist') : null),
  },
  isActive: active,
  // Only the fact is recorded, never the password itself.
  password: {
    label: (t) => t('fields.password'),
    change: (_before, _after, t) => t('facts.passwordChanged'),
  },
  emailVerified: {
    label: (t) => t('fields.emailVerified'),
    change: (_before, after, t) =>
      after === true ? t('facts.emailConfirmed') : plainValue(after, t),
  },
  emailsVisitChanges: { label: (t) => t('fields.emailsVisitChanges') },
  emailsReminders: { label: (t) => t('fields.emailsReminders') },
  calendarFeed,
  textsVisitChanges: { label: (t) => t('fields.textsVisitChanges') },
  textsReminders: { label: (t) => t('fields.textsReminders') },
};

function minutes(value: unknown, t: T): string {
  return typeof value === 'number' ? t('values.minutes', { count: value }) : plainValue(value, t);
}

/** Money is kept as a decimal string; shown with the locale's decimal mark, cents and all. */
function price(value: unknown, t: T, locale: string): string {
  const amount = typeof value === 'string' ? Number(value) : Number.NaN;
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(amount)) {
    return plainValue(value, t);
  }
  return amount.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const SERVICE_FIELDS: Record<string, FieldWording> = {
  name: { label: (t) => t('fields.name') },
  description: { label: (t) => t('fields.description') },
  durationMinutes: summed((t) => t('fields.duration'), minutes),
  price: summed((t) => t('fields.price'), price),
  isActive: active,
};

function hours(value: unknown, t: T): string {
  return typeof value === 'number' ? t('values.hours', { count: value }) : plainValue(value, t);
}

const CLINIC_FIELDS: Record<string, FieldWording> = {
  name: { label: (t) => t('fields.clinicName') },
  timezone: summed((t) => t('fields.timezone'), plainValue),
  // A week of opening and closing times is too much for one line; the settings page has them.
  openingHours: {
    label: (t) => t('fields.openingHours'),
    change: (_before, _after, t) => t('facts.openingHoursChanged'),
  },
  reminderLeadHours: { label: (t) => t('fields.reminderLeadTime'), format: hours },
  maxOpenRequests: { label: (t) => t('fields.maxOpenRequests') },
  patientChangeCutoffHours: { label: (t) => t('fields.patientChangeCutoffHours'), format: hours },
  patientsMoveConfirmed: { label: (t) => t('fields.patientsMoveConfirmed') },
  // Contact details left empty are kept as empty text.
  phone: { label: (t) => t('fields.phone'), format: noneIfEmpty },
  address: { label: (t) => t('fields.address'), format: noneIfEmpty },
  email: { label: (t) => t('fields.email'), format: noneIfEmpty },
  unverifiedPatientsMayRequest: { label: (t) => t('fields.unverifiedPatientsMayRequest') },
  calendarFeedPatientNames: { label: (t) => t('fields.calendarFeedPatientNames') },
};

/** The fields of every subject but appointments, which have the history panel's wording. */
export const FIELD_WORDING: Record<
  Exclude<AuditSubject, 'appointment'>,
  Record<string, FieldWording>
> = {
  account: ACCOUNT_FIELDS,
  service: SERVICE_FIELDS,
  clinic: CLINIC_FIELDS,
  // Their fields read well under their own names until the log words them.
  working_hours: {},
  schedule_exception: {},
};
