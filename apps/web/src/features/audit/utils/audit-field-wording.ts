import type { AuditSubject } from '../../../types/api';

/** How one recorded field of an account, a service or the clinic reads in the log. */
export interface FieldWording {
  label: string;
  /** A value in words; plain text when absent. */
  format?: (value: unknown) => string;
  /** The whole change in words, for fields where "before → after" would read oddly. */
  change?: (before: unknown, after: unknown) => string;
  /**
   * A line about the record as created or deleted, or null to say nothing. Fields without one
   * are left out there: the name is beside the entry already, and the rest is detail.
   */
  summary?: (value: unknown) => string | null;
}

/** Any value as text, for fields with no wording of their own. */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An account or a service switched off or back on reads the same to the owner. */
const active: FieldWording = {
  label: 'Active',
  change: (_before, after) => (after === false ? 'Deactivated' : 'Reactivated'),
  summary: (value) => (value === false ? 'Inactive' : null),
};

const ACCOUNT_FIELDS: Record<string, FieldWording> = {
  name: { label: 'Name' },
  email: { label: 'Email' },
  // No phone is kept as an empty one.
  phone: { label: 'Phone', format: (value) => (value === '' ? 'none' : plainValue(value)) },
  role: { label: 'Role', summary: (value) => `Role: ${plainValue(value)}` },
  isDentist: {
    label: 'Dentist',
    change: (_before, after) => (after === true ? 'Now a dentist' : 'No longer a dentist'),
    summary: (value) => (value === true ? 'Dentist' : null),
  },
  isActive: active,
  // Only the fact is recorded, never the password itself.
  password: { label: 'Password', change: () => 'Password changed' },
};

function minutes(value: unknown): string {
  return `${plainValue(value)} min`;
}

const SERVICE_FIELDS: Record<string, FieldWording> = {
  name: { label: 'Name' },
  description: { label: 'Description' },
  durationMinutes: {
    label: 'Duration',
    format: minutes,
    summary: (value) => `Duration: ${minutes(value)}`,
  },
  price: { label: 'Price', summary: (value) => `Price: ${plainValue(value)}` },
  isActive: active,
};

function hours(value: unknown): string {
  return value === 1 ? '1 hour' : `${plainValue(value)} hours`;
}

const CLINIC_FIELDS: Record<string, FieldWording> = {
  name: { label: 'Clinic name' },
  timezone: { label: 'Time zone', summary: (value) => `Time zone: ${plainValue(value)}` },
  // A week of opening and closing times is too much for one line; the settings page has them.
  openingHours: { label: 'Opening hours', change: () => 'Opening hours changed' },
  reminderLeadHours: { label: 'Reminder lead time', format: hours },
  maxOpenRequests: { label: 'Open requests per patient' },
};

/** The fields of every subject but appointments, which have the history panel's wording. */
export const FIELD_WORDING: Record<
  Exclude<AuditSubject, 'appointment'>,
  Record<string, FieldWording>
> = {
  account: ACCOUNT_FIELDS,
  service: SERVICE_FIELDS,
  clinic: CLINIC_FIELDS,
};
