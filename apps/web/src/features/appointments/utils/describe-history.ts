import { ANSWER_CHANNELS, type AnswerChannel, APPOINTMENT_STATUSES } from '@clinic/domain';
import { formatLongDate, formatTime } from '../../../lib/dates';
import { i18n } from '../../../lib/i18n';
import type { AppointmentHistoryEntry, AppointmentStatus } from '../../../types/api';

/** Names for the ids history keeps, from the lists the page has already loaded. */
export interface HistoryNames {
  dentists: ReadonlyMap<number, string>;
  services: ReadonlyMap<number, string>;
  patients: ReadonlyMap<number, string>;
}

export interface HistoryChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

// The history's field names, in the order changes are listed.
const FIELDS = {
  status: 'status',
  date: 'date',
  time: 'time',
  dentist: 'dentist',
  service: 'service',
  durationMinutes: 'duration',
  notes: 'notes',
  patient: 'patient',
  overrideAvailability: 'overrideAvailability',
  recordedAfterTheFact: 'recordedAfterTheFact',
  patientConfirmedAt: 'patientConfirmedAt',
  via: 'via',
} as const;

function isKnownField(field: string): field is keyof typeof FIELDS {
  return Object.hasOwn(FIELDS, field);
}

function fieldLabel(field: string): string {
  return isKnownField(field) ? i18n.t(`appointments:fields.${FIELDS[field]}`) : field;
}

function isAnswerChannel(value: unknown): value is AnswerChannel {
  return (ANSWER_CHANNELS as readonly unknown[]).includes(value);
}

function isStatus(value: unknown): value is AppointmentStatus {
  return (APPOINTMENT_STATUSES as readonly unknown[]).includes(value);
}

type Listed = 'Dentist' | 'Service' | 'Patient';

function nameOf(names: ReadonlyMap<number, string>, value: unknown, kind: Listed): string {
  if (typeof value !== 'number') return i18n.t('appointments:history.none');
  return names.get(value) ?? i18n.t(`appointments:history.unlisted${kind}`, { id: value });
}

function formatValue(field: string, value: unknown, names: HistoryNames): string {
  if (value === null || value === undefined) return i18n.t('appointments:history.none');
  switch (field) {
    case 'status':
      return isStatus(value) ? i18n.t(`appointments:statusValues.${value}`) : String(value);
    case 'date':
      return typeof value === 'string' ? formatLongDate(value) : String(value);
    case 'time':
      return typeof value === 'string' ? formatTime(value) : String(value);
    case 'durationMinutes':
      return i18n.t('appointments:minutes', { value: String(value) });
    case 'notes':
      return value === '' ? i18n.t('appointments:history.emptyValue') : String(value);
    case 'dentist':
      return nameOf(names.dentists, value, 'Dentist');
    case 'service':
      return nameOf(names.services, value, 'Service');
    case 'patient':
      return nameOf(names.patients, value, 'Patient');
    case 'overrideAvailability':
    case 'recordedAfterTheFact':
      return value === true ? i18n.t('appointments:history.yes') : String(value);
    // The entry's own time says when; the change says that the patient confirmed.
    case 'patientConfirmedAt':
      return i18n.t('appointments:history.yes');
    case 'via':
      return isAnswerChannel(value) ? i18n.t(`appointments:history.via.${value}`) : String(value);
    default:
      return String(value);
  }
}

/** The changes of one history entry, in a fixed order, with names instead of ids. */
export function describeHistoryChanges(
  entry: Pick<AppointmentHistoryEntry, 'changes'>,
  names: HistoryNames,
): HistoryChange[] {
  const order = Object.keys(FIELDS);
  // Fields this page does not know yet go last rather than first.
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.entries(entry.changes)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, [before, after]]) => ({
      field,
      label: fieldLabel(field),
      before: formatValue(field, before, names),
      after: formatValue(field, after, names),
    }));
}

/** Marks that say how a visit came to be booked, worth showing on its creation. */
const CREATION_MARKS = new Set(['overrideAvailability', 'recordedAfterTheFact']);

/**
 * What the history panel lists under an entry: every change of an update; of a creation only
 * its marks (booked outside the free times, recorded after the fact), since the rest of a new
 * visit's fields is the visit itself, shown above.
 */
export function shownHistoryChanges(
  entry: Pick<AppointmentHistoryEntry, 'action' | 'changes'>,
  names: HistoryNames,
): HistoryChange[] {
  if (entry.action === 'updated') return describeHistoryChanges(entry, names);
  if (entry.action !== 'created') return [];
  return describeHistoryChanges(entry, names).filter((change) => CREATION_MARKS.has(change.field));
}

/** The history panel's word for each action, so the audit log says the same. */
export function historyActionVerb(action: AppointmentHistoryEntry['action']): string {
  return i18n.t(`appointments:history.verbs.${action}`);
}

export function historyActionLabel(entry: AppointmentHistoryEntry): string {
  const who = entry.actorName ?? i18n.t('appointments:history.unlistedUser');
  return i18n.t(`appointments:history.byWhom.${entry.action}`, { who });
}
