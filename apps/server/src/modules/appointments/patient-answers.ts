import {
  type Actor,
  type AnswerChannel,
  CANCELLED_BY_PATIENT_REASON,
  canManageAppointments,
  canSeeAlertsOnAppointments,
  canViewAppointment,
  checkAttendance,
  checkPatientChange,
  mayRecordAttendance,
  patientConfirmationAfter,
} from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { conflict, forbidden, notFound, preconditionFailed } from '../../lib/errors.ts';
import { isoInstant } from '../../lib/iso-instant.ts';
import { getClinic } from '../clinic/index.ts';
import { announceInboxChange } from '../inbox/index.ts';
import { toAppointmentWire } from './appointment-wire.ts';
import * as repo from './appointments.repository.ts';
import { queueChangeNotices } from './change-notices.ts';
import { type IfMatch, ifMatchAllows } from './etag.ts';

/*
 * A patient's answer to a message about their visit (decision 040): "I'll be there" records
 * their confirmation on the appointment, "I can't come" cancels it under the rules of a
 * patient's own cancellation (decision 036). The answer links, text replies and the front
 * desk's note of a phone call all come here, each in one transaction with its history.
 */

type Trx = Kysely<Database>;

export type PatientAnswerResult =
  | {
      ok: true;
      /** False when nothing needed to change (a visit the patient had confirmed already). */
      changed: boolean;
      appointment: repo.AppointmentView;
    }
  | {
      ok: false;
      /**
       * `not_found`: no such appointment; `invalid_transition`: the visit is no longer pending
       * or confirmed; `too_late`: it has started (attend), or the clinic's cut-off has passed
       * (cancel).
       */
      reason: 'not_found' | 'invalid_transition' | 'too_late';
      message: string;
    };

export interface PatientAnswerOptions {
  /**
   * Runs under the appointment's lock as soon as it is read, before the answer is weighed:
   * throwing refuses the answer. An answer link checks here that it is still good, so a link
   * spent by a concurrent answer says so rather than what that answer did to the visit.
   */
  check?: (trx: Trx, current: repo.AppointmentView) => Promise<void>;
  /**
   * Runs under the appointment's lock once the answer is allowed, before anything is written,
   * in the same transaction: throwing refuses the answer and writes nothing. The answer links
   * spend their link here, so a refused answer leaves the link usable.
   */
  beforeWrite?: (trx: Trx, current: repo.AppointmentView) => Promise<void>;
}

type Outcome =
  | {
      ok: true;
      changed: boolean;
      /** Whose bells the change rang, to announce once it commits. */
      told?: number[];
    }
  | Extract<PatientAnswerResult, { ok: false }>;

const NOT_FOUND = {
  ok: false,
  reason: 'not_found',
  message: 'There is no such appointment.',
} as const;

/** The history's change of the confirmation, under its wire name. */
function confirmationChange(before: number | null, after: number | null) {
  return {
    patient_confirmed_at: [
      before === null ? null : isoInstant(before),
      after === null ? null : isoInstant(after),
    ],
  };
}

/**
 * What a change of the visit does to the patient's confirmation (cleared by a move or a
 * cancellation): the column to write and the history's entry, both empty when it stays.
 */
export function confirmationAfterChange(
  current: repo.AppointmentView,
  next: Parameters<typeof patientConfirmationAfter>[1],
): { row: { patientConfirmedAt?: number | null }; history: Record<string, unknown> } {
  const after = patientConfirmationAfter(current, next);
  if (after === current.patientConfirmedAt) return { row: {}, history: {} };
  return {
    row: { patientConfirmedAt: after },
    history: confirmationChange(current.patientConfirmedAt, after),
  };
}

async function announce(ctx: AppContext, appointment: repo.AppointmentView, freed: boolean) {
  await ctx.events.publish({
    type: 'appointment.updated',
    appointmentId: appointment.id,
    patientId: appointment.patientId,
  });
  if (freed) {
    await ctx.events.publish({
      type: 'availability.changed',
      dateFrom: appointment.date,
      dateTo: appointment.date,
    });
  }
}

async function settle(
  ctx: AppContext,
  id: number,
  outcome: Outcome,
  freed: boolean,
): Promise<PatientAnswerResult> {
  if (!outcome.ok) return outcome;
  const appointment = await repo.findAppointment(ctx.db.kysely, id);
  if (!appointment) return NOT_FOUND;
  if (outcome.changed) await announce(ctx, appointment, freed);
  await announceInboxChange(ctx, outcome.told ?? []);
  return { ok: true, changed: outcome.changed, appointment };
}

/**
 * The patient says they will come: sets `patient_confirmed_at`, with the patient as the
 * history's actor and `via` beside it. A visit the patient confirmed already stays as it is
 * (the answer is still accepted). Refused for a visit no longer pending or confirmed, or
 * once it has started.
 */
export async function confirmAttendanceByPatient(
  ctx: AppContext,
  appointmentId: number,
  via: AnswerChannel,
  options: PatientAnswerOptions = {},
): Promise<PatientAnswerResult> {
  const outcome = await ctx.db.transact(async (trx): Promise<Outcome> => {
    const now = ctx.now();
    await repo.lockAppointment(trx, ctx.db.engine, appointmentId);
    const current = await repo.findAppointment(trx, appointmentId);
    if (!current) return NOT_FOUND;
    await options.check?.(trx, current);
    const check = checkAttendance({ status: current.status, startsAt: current.startsAt, now });
    if (!check.allowed) return { ok: false, reason: check.code, message: check.reason };
    await options.beforeWrite?.(trx, current);
    if (current.patientConfirmedAt !== null) return { ok: true, changed: false };
    await writeConfirmation(trx, current, { actorId: current.patientId, via, now });
    return { ok: true, changed: true };
  });
  return settle(ctx, appointmentId, outcome, false);
}

/**
 * The patient cannot come: cancels the visit as a patient's own cancellation does (decision
 * 036), up to the clinic's cut-off, with the reason "cancelled by patient" and `via` in the
 * history; the front desk is emailed (`patient_cancelled`) and live views hear of it.
 */
export async function cancelByPatientAnswer(
  ctx: AppContext,
  appointmentId: number,
  via: AnswerChannel,
  options: PatientAnswerOptions = {},
): Promise<PatientAnswerResult> {
  const clinic = await getClinic(ctx);
  const outcome = await ctx.db.transact(async (trx): Promise<Outcome> => {
    const now = ctx.now();
    await repo.lockAppointment(trx, ctx.db.engine, appointmentId);
    const current = await repo.findAppointment(trx, appointmentId);
    if (!current) return NOT_FOUND;
    await options.check?.(trx, current);
    const check = checkPatientChange({
      status: current.status,
      startsAt: current.startsAt,
      now,
      cutoffHours: clinic.patientChanges.cutoffHours,
      change: 'cancel',
    });
    if (!check.allowed) return { ok: false, reason: check.code, message: check.reason };
    await options.beforeWrite?.(trx, current);
    const status = 'cancelled' as const;
    const confirmation = confirmationAfterChange(current, { startsAt: current.startsAt, status });
    await repo.updateAppointmentRow(trx, appointmentId, {
      status,
      ...confirmation.row,
      updatedAt: now,
    });
    await repo.insertHistory(trx, {
      appointmentId,
      actorId: current.patientId,
      at: now,
      action: 'updated',
      changes: JSON.stringify({
        status: [current.status, status],
        ...confirmation.history,
        via: [null, via],
      }),
      reason: CANCELLED_BY_PATIENT_REASON,
    });
    const told = await queueChangeNotices(trx, ctx, {
      appointmentId,
      patientId: current.patientId,
      actorId: current.patientId,
      byPatient: true,
      before: current,
      after: { ...current, status },
      now,
      reminderLeadHours: clinic.reminderLeadHours,
    });
    return { ok: true, changed: true, told };
  });
  return settle(ctx, appointmentId, outcome, true);
}

async function writeConfirmation(
  trx: Trx,
  current: repo.AppointmentView,
  change: { actorId: number; via: AnswerChannel; now: number },
): Promise<void> {
  await repo.updateAppointmentRow(trx, current.id, {
    patientConfirmedAt: change.now,
    updatedAt: change.now,
  });
  await repo.insertHistory(trx, {
    appointmentId: current.id,
    actorId: change.actorId,
    at: change.now,
    action: 'updated',
    changes: JSON.stringify({
      ...confirmationChange(null, change.now),
      via: [null, change.via],
    }),
    reason: null,
  });
}

/**
 * The front desk notes the patient's answer given on the phone (`confirmed: true`), or takes
 * back a note made by mistake (`false`). Owner and staff only (403 for patients, 404 for a
 * visit they cannot see), with If-Match as for every change (412); only a pending or
 * confirmed visit (409 `invalid_transition`). Setting what is already set changes nothing.
 */
export async function recordPatientConfirmation(
  ctx: AppContext,
  actor: Actor,
  id: number,
  confirmed: boolean,
  condition?: IfMatch,
): Promise<repo.AppointmentView> {
  const changed = await ctx.db.transact(async (trx) => {
    const now = ctx.now();
    await repo.lockAppointment(trx, ctx.db.engine, id);
    const current = await repo.findAppointment(trx, id);
    if (!current || !canViewAppointment(actor, current)) throw notFound('Appointment');
    if (!canManageAppointments(actor)) {
      throw forbidden('Only the clinic notes a confirmation given on the phone.');
    }
    if (!ifMatchAllows(condition, current.version)) {
      throw preconditionFailed(
        'Someone changed this appointment after you opened it. Review their change, then apply yours again.',
        toAppointmentWire(current, canSeeAlertsOnAppointments(actor)),
      );
    }
    if (!mayRecordAttendance(current.status)) {
      const reason = `Only a pending or confirmed visit can be confirmed; this one is ${current.status.replace('_', ' ')}.`;
      throw conflict('invalid_transition', reason, { status: reason });
    }
    if ((current.patientConfirmedAt !== null) === confirmed) return undefined;
    if (confirmed) {
      await writeConfirmation(trx, current, { actorId: actor.id, via: 'staff', now });
      return current;
    }
    await repo.updateAppointmentRow(trx, id, { patientConfirmedAt: null, updatedAt: now });
    await repo.insertHistory(trx, {
      appointmentId: id,
      actorId: actor.id,
      at: now,
      action: 'updated',
      changes: JSON.stringify(confirmationChange(current.patientConfirmedAt, null)),
      reason: null,
    });
    return current;
  });
  const appointment = await repo.findAppointment(ctx.db.kysely, id);
  if (!appointment) throw notFound('Appointment');
  if (changed) await announce(ctx, appointment, false);
  return appointment;
}
