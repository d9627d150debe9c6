import type { AuditEntryWire } from '@clinic/contract';
import {
  type Actor,
  type AuditSubject,
  addDays,
  canReadAuditLog,
  startOfClinicDay,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { forbidden } from '../../lib/errors.ts';
import { isoInstant } from '../../lib/iso-instant.ts';
import { getClinic } from '../clinic/index.ts';
import * as repo from './audit.repository.ts';

export interface AuditQuery {
  actorId?: number | undefined;
  action?: repo.AuditFilters['action'];
  subject?: AuditSubject | undefined;
  appointmentId?: number | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
}

type Changes = Record<string, [unknown, unknown]>;

/** Whose appointment it is and when, as it is now or as its deletion recorded it. */
interface AppointmentSubject {
  patient: number | null;
  patientName: string | null;
  date: string | null;
  time: string | null;
}

const UNKNOWN_APPOINTMENT: AppointmentSubject = {
  patient: null,
  patientName: null,
  date: null,
  time: null,
};

/**
 * The clinic's audit log: every change to appointments, accounts, services and settings,
 * newest first, with who made it. Days are the clinic's days.
 */
export async function listAuditLog(
  ctx: AppContext,
  actor: Actor,
  query: AuditQuery,
  page: { limit: number; offset: number },
): Promise<{ entries: AuditEntryWire[]; count: number }> {
  if (!canReadAuditLog(actor)) throw forbidden();
  const zone = (await getClinic(ctx)).timeZone;
  const filters: repo.AuditFilters = {
    actorId: query.actorId,
    action: query.action,
    subject: query.subject,
    appointmentId: query.appointmentId,
    from: query.dateFrom ? startOfClinicDay(query.dateFrom, zone) : undefined,
    until: query.dateTo ? startOfClinicDay(addDays(query.dateTo, 1), zone) : undefined,
  };
  const db = ctx.db.kysely;
  const [rows, count] = await Promise.all([
    repo.listAuditEntries(db, filters, page),
    repo.countAuditEntries(db, filters),
  ]);
  const gone = rows.filter((row) => row.subject === 'appointment' && row.patientId === null);
  const deleted = await subjectsOfDeleted(
    ctx,
    gone.flatMap((row) => (row.subjectId === null ? [] : [row.subjectId])),
  );
  const entries = rows.map((row): AuditEntryWire => {
    const common = {
      id: `${row.source}${row.id}`,
      at: isoInstant(row.at),
      actor: row.actorId,
      actor_name: row.actorName,
      action: row.action,
      subject: row.subject,
      subject_id: row.subjectId,
      changes: JSON.parse(row.changes) as Changes,
      reason: row.reason,
    };
    if (row.subject !== 'appointment') {
      return {
        ...common,
        subject_name: row.subjectName,
        appointment: null,
        patient: null,
        patient_name: null,
        date: null,
        time: null,
      };
    }
    const appointment: AppointmentSubject =
      row.patientId !== null
        ? { patient: row.patientId, patientName: row.subjectName, date: row.date, time: row.time }
        : (deleted.get(row.subjectId ?? Number.NaN) ?? UNKNOWN_APPOINTMENT);
    return {
      ...common,
      subject_name: appointment.patientName,
      appointment: row.subjectId,
      patient: appointment.patient,
      patient_name: appointment.patientName,
      date: appointment.date,
      time: appointment.time,
    };
  });
  return { entries, count };
}

/** A deleted appointment is described by what its deletion entry recorded. */
async function subjectsOfDeleted(
  ctx: AppContext,
  appointmentIds: number[],
): Promise<Map<number, AppointmentSubject>> {
  const db = ctx.db.kysely;
  const recorded = (await repo.deletionEntries(db, [...new Set(appointmentIds)])).map((entry) => {
    const changes = JSON.parse(entry.changes) as Changes;
    const before = (field: string) => changes[field]?.[0] ?? null;
    return {
      appointmentId: entry.appointmentId,
      patient: before('patient') as number | null,
      date: before('date') as string | null,
      time: before('time') as string | null,
    };
  });
  const patientIds = recorded.flatMap((r) => (r.patient === null ? [] : [r.patient]));
  const names = new Map(
    (await repo.userNames(db, [...new Set(patientIds)])).map((u) => [u.id, u.name]),
  );
  return new Map(
    recorded.map(({ appointmentId, ...subject }) => [
      appointmentId,
      { ...subject, patientName: names.get(subject.patient ?? Number.NaN) ?? null },
    ]),
  );
}
