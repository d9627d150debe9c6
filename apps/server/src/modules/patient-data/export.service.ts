import type { PatientExportWire } from '@clinic/contract';
import {
  type Actor,
  canExportPatientData,
  canViewUser,
  type Language,
  PATIENT_EXPORT_FORMAT_VERSION,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { isoInstant } from '../../lib/iso-instant.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { getClinic } from '../clinic/index.ts';
import * as repo from './export.repository.ts';

export type ExportFormat = 'json' | 'html';

const orNull = (ms: number | null) => (ms === null ? null : isoInstant(ms));
const parsedChanges = (text: string) => JSON.parse(text) as Record<string, [unknown, unknown]>;

/**
 * Everything the clinic holds on one patient. Another patient (or anyone who may not see the
 * account) gets 404, so no one learns that an id exists; staff, who see the account but do not
 * hand out copies, get 403. The export is written to the audit log, in its own transaction,
 * before anything is read: no copy leaves without its entry.
 */
export async function exportPatientData(
  ctx: AppContext,
  actor: Actor,
  patientId: number,
  format: ExportFormat,
): Promise<{ data: PatientExportWire; language: Language; timeZone: string }> {
  const db = ctx.db.kysely;
  const account = await repo.exportedAccount(db, patientId);
  if (!account || !canViewUser(actor, account)) throw notFound('Patient');
  if (!canExportPatientData(actor, account)) {
    throw account.role === 'patient' ? forbidden() : notFound('Patient');
  }
  const now = ctx.now();
  await ctx.db.transact((trx) =>
    recordAuditEvent(trx, {
      at: now,
      actorId: actor.id,
      subject: 'account',
      subjectId: account.id,
      subjectName: account.name,
      action: 'exported',
      before: null,
      after: { format },
    }),
  );
  const [clinic, visits, history, sessions, addresses, events, requests, messages] =
    await Promise.all([
      getClinic(ctx),
      repo.exportedVisits(db, patientId),
      repo.exportedHistory(db, patientId),
      repo.exportedSessions(db, patientId),
      repo.exportedSignInAddresses(db, patientId),
      repo.exportedAccountEvents(db, patientId),
      repo.exportedClosureRequests(db, patientId),
      repo.exportedMessages(db, patientId),
    ]);
  const historyByVisit = new Map<number, PatientExportWire['appointments'][number]['history']>();
  for (const entry of history) {
    let entries = historyByVisit.get(entry.appointmentId);
    if (!entries) {
      entries = [];
      historyByVisit.set(entry.appointmentId, entries);
    }
    entries.push({
      at: isoInstant(entry.at),
      action: entry.action,
      actor_name: entry.actorName,
      changes: parsedChanges(entry.changes),
      reason: entry.reason,
    });
  }
  const data: PatientExportWire = {
    format_version: PATIENT_EXPORT_FORMAT_VERSION,
    exported_at: isoInstant(now),
    controller: { name: clinic.name, ...clinic.contact },
    account: {
      id: account.id,
      name: account.name,
      email: account.email ?? '',
      phone: account.phone,
      language: account.language,
      date_of_birth: account.dateOfBirth,
      contact_channel: account.contactChannel,
      medical_alerts: JSON.parse(account.medicalAlerts) as string[],
      notes: account.notes,
      is_active: account.isActive === 1,
      created_at: isoInstant(account.createdAt),
      closed_at: orNull(account.closedAt),
    },
    appointments: visits.map((visit) => ({
      id: visit.id,
      service: visit.serviceName,
      dentist: visit.dentistName,
      date: visit.date,
      time: visit.time,
      end_time: visit.endTime,
      starts_at: isoInstant(visit.startsAt),
      ends_at: isoInstant(visit.endsAt),
      status: visit.status,
      notes: visit.notes,
      created_at: isoInstant(visit.createdAt),
      history: historyByVisit.get(visit.id) ?? [],
    })),
    sessions: sessions.map((s) => ({
      created_at: isoInstant(s.createdAt),
      last_seen_at: isoInstant(s.lastSeenAt),
      expires_at: isoInstant(s.expiresAt),
    })),
    sign_in_addresses: addresses.map((a) => ({
      address: a.address,
      last_signed_in_at: isoInstant(a.lastSignedInAt),
    })),
    account_events: events.map((e) => ({
      at: isoInstant(e.at),
      action: e.action,
      actor_name: e.actorName,
      changes: parsedChanges(e.changes),
    })),
    closure_requests: requests.map((r) => ({
      status: r.status,
      reason: r.reason,
      requested_at: isoInstant(r.requestedAt),
      resolved_at: orNull(r.resolvedAt),
    })),
    messages: messages.map((m) => ({
      kind: m.kind,
      channel: m.channel,
      appointment: m.appointmentId,
      due_at: isoInstant(m.dueAt),
      sent_at: orNull(m.sentAt),
      dropped_at: orNull(m.droppedAt),
    })),
  };
  return { data, language: account.language ?? clinic.defaultLanguage, timeZone: clinic.timeZone };
}
