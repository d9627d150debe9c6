import { type Actor, addDays, canReadAuditLog, startOfClinicDay } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { forbidden } from '../../lib/errors.ts';
import { isoInstant } from '../../lib/iso-instant.ts';
import { getClinic } from '../clinic/clinic.service.ts';
import * as repo from './audit.repository.ts';
import type { AuditEntryWire } from './audit.schemas.ts';

export interface AuditQuery {
  actorId?: number | undefined;
  action?: repo.AuditFilters['action'];
  appointmentId?: number | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
}

type Changes = Record<string, [unknown, unknown]>;

const UNKNOWN_SUBJECT = { patient: null, patientName: null, date: null, time: null };

interface Subject {
  patient: number | null;
  patientName: string | null;
  date: string | null;
  time: string | null;
}

/**
 * The clinic's audit log: every change to every appointment, newest first, with who made it
 * and whose appointment it was. Days are the clinic's days.
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
    appointmentId: query.appointmentId,
    from: query.dateFrom ? startOfClinicDay(query.dateFrom, zone) : undefined,
    until: query.dateTo ? startOfClinicDay(addDays(query.dateTo, 1), zone) : undefined,
  };
  const db = ctx.db.kysely;
  const [rows, count] = await Promise.all([
    repo.listAuditEntries(db, filters, page),
    repo.countAuditEntries(db, filters),
  ]);
  const deleted = await subjectsOfDeleted(
    ctx,
    rows.filter((row) => row.patientId === null).map((row) => row.appointmentId),
  );
  const entries = rows.map((row) => {
    const subject: Subject =
      row.patientId !== null
        ? { patient: row.patientId, patientName: row.patientName, date: row.date, time: row.time }
        : (deleted.get(row.appointmentId) ?? UNKNOWN_SUBJECT);
    return {
      id: row.id,
      at: isoInstant(row.at),
      actor: row.actorId,
      actor_name: row.actorName,
      action: row.action,
      appointment: row.appointmentId,
      patient: subject.patient,
      patient_name: subject.patientName,
      date: subject.date,
      time: subject.time,
      changes: JSON.parse(row.changes) as Changes,
      reason: row.reason,
    };
  });
  return { entries, count };
}

/** A deleted appointment is described by what its deletion entry recorded. */
async function subjectsOfDeleted(
  ctx: AppContext,
  appointmentIds: number[],
): Promise<Map<number, Subject>> {
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
