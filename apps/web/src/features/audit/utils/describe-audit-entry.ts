import type { TFunction } from 'i18next';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { AuditEntry, AuditSubject } from '../../../types/api';

type T = TFunction<'audit'>;

/** An entry about an appointment, which names it. */
export type AppointmentAuditEntry = AuditEntry & { subject: 'appointment'; appointment: number };

export function isAppointmentEntry(entry: AuditEntry): entry is AppointmentAuditEntry {
  return entry.subject === 'appointment' && entry.appointment !== null;
}

/** An entry without an actor was made by no one signed in. */
export function auditActorName(entry: AuditEntry, t: T): string {
  return entry.actorName ?? t('system');
}

/** What kind of thing an entry is about, in one word or two: `Account`. */
export function auditSubjectKind(subject: AuditSubject, t: T): string {
  return t(`kinds.${subject}`);
}

/**
 * Which account, service or clinic an entry is about, by the name it had then; the number stands
 * in for a name the log did not keep.
 */
export function auditSubjectName(entry: AuditEntry, t: T): string | null {
  if (entry.subjectName !== null) return entry.subjectName;
  return entry.subjectId === null
    ? null
    : t('numbered', { kind: auditSubjectKind(entry.subject, t), id: entry.subjectId });
}

/** Whose appointment and when, on the clinic's clock: `Ana Lima`, `Wed 2 Dec 2026 at 09:30`. */
export function auditAppointmentLabel(
  entry: AppointmentAuditEntry,
  t: T,
): {
  patient: string;
  when: string | null;
} {
  const patient = entry.patientName ?? t('appointment.numbered', { id: entry.appointment });
  if (entry.date === null) return { patient, when: null };
  const day = formatLongDate(entry.date);
  return {
    patient,
    when:
      entry.time === null
        ? day
        : t('appointment.dayAndTime', { day, time: formatTime(entry.time) }),
  };
}

/**
 * The appointments on this page that may still be opened. A deletion listed anywhere on the page
 * rules out its appointment's older lines too; one on another page only shows once opened.
 */
export function openableAppointments(entries: readonly AuditEntry[]): ReadonlySet<number> {
  const appointments = entries.filter(isAppointmentEntry);
  const deleted = new Set(
    appointments.filter((entry) => entry.action === 'deleted').map((entry) => entry.appointment),
  );
  return new Set(
    appointments
      .filter((entry) => entry.patient !== null && !deleted.has(entry.appointment))
      .map((entry) => entry.appointment),
  );
}
