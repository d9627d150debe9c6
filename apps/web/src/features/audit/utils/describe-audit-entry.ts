import { formatLongDate } from '../../../lib/dates';
import type { AuditEntry } from '../../../types/api';

/** An entry without an actor was made by no one signed in. */
export function auditActorName(entry: AuditEntry): string {
  return entry.actorName ?? 'System';
}

/** Whose appointment and when: `Ana Lima`, `Wed 2 Dec 2026 at 09:30`. */
export function auditAppointmentLabel(entry: AuditEntry): { patient: string; when: string | null } {
  const patient = entry.patientName ?? `Appointment #${entry.appointment}`;
  if (entry.date === null) return { patient, when: null };
  const day = formatLongDate(entry.date);
  return { patient, when: entry.time === null ? day : `${day} at ${entry.time}` };
}

/**
 * The appointments on this page that may still be opened. A deletion listed anywhere on the page
 * rules out its appointment's older lines too; one on another page only shows once opened.
 */
export function openableAppointments(entries: readonly AuditEntry[]): ReadonlySet<number> {
  const deleted = new Set(
    entries.filter((entry) => entry.action === 'deleted').map((entry) => entry.appointment),
  );
  return new Set(
    entries
      .filter((entry) => entry.patient !== null && !deleted.has(entry.appointment))
      .map((entry) => entry.appointment),
  );
}
