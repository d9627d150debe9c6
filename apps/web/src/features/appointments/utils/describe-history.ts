import { APPOINTMENT_STATUSES, statusLabel } from '@clinic/domain';
import { formatLongDate } from '../../../lib/dates';
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

const FIELDS: Record<string, string> = {
  status: 'Status',
  date: 'Date',
  time: 'Time',
  dentist: 'Dentist',
  service: 'Service',
  durationMinutes: 'Duration',
  notes: 'Notes',
  patient: 'Patient',
};

function isStatus(value: unknown): value is AppointmentStatus {
  return (APPOINTMENT_STATUSES as readonly unknown[]).includes(value);
}

function nameOf(names: ReadonlyMap<number, string>, value: unknown, kind: string): string {
  if (typeof value !== 'number') return 'none';
  return names.get(value) ?? `a ${kind} no longer listed (#${value})`;
}

function formatValue(field: string, value: unknown, names: HistoryNames): string {
  if (value === null || value === undefined) return 'none';
  switch (field) {
    case 'status':
      return isStatus(value) ? statusLabel(value) : String(value);
    case 'date':
      return typeof value === 'string' ? formatLongDate(value) : String(value);
    case 'durationMinutes':
      return `${String(value)} min`;
    case 'notes':
      return value === '' ? '(empty)' : String(value);
    case 'dentist':
      return nameOf(names.dentists, value, 'dentist');
    case 'service':
      return nameOf(names.services, value, 'service');
    case 'patient':
      return nameOf(names.patients, value, 'patient');
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
      label: FIELDS[field] ?? field,
      before: formatValue(field, before, names),
      after: formatValue(field, after, names),
    }));
}

const ACTION_VERBS: Record<AppointmentHistoryEntry['action'], string> = {
  created: 'Created',
  updated: 'Changed',
  deleted: 'Deleted',
};

/** The history panel's word for each action, so the audit log says the same. */
export function historyActionVerb(action: AppointmentHistoryEntry['action']): string {
  return ACTION_VERBS[action];
}

export function historyActionLabel(entry: AppointmentHistoryEntry): string {
  const who = entry.actorName ?? 'a user no longer listed';
  return `${historyActionVerb(entry.action)} by ${who}`;
}
