import type { UpdateAppointmentBody } from '@clinic/contract';
import {
  type Actor,
  checkPatientChange,
  classifyPatientChange,
  statusAfterPatientMove,
  visitTimesAfter,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { badRequest, conflict, forbidden } from '../../lib/errors.ts';
import { chooseDentist } from '../availability/index.ts';
import type { Clinic } from '../clinic/index.ts';
import { assertInFuture, plan } from './appointment-time.ts';
import type { AppointmentView } from './appointments.repository.ts';

type Db = AppContext['db']['kysely'];

/**
 * The appointment as a patient's cancellation or move would leave it, checked against the
 * clinic's rules for patients: only a cancellation or a move (403 for anything else), of a
 * pending or confirmed visit (409 `invalid_transition`), up to the cut-off (409 `too_late`).
 * A move keeps the service, its length and the notes, and the visit's dentist unless the
 * patient asks for any dentist free then; whether the new time is free is the caller's check,
 * as for every booking.
 */
export async function planPatientChange(
  trx: Db,
  ctx: AppContext,
  actor: Actor,
  current: AppointmentView,
  body: UpdateAppointmentBody,
  clinic: Clinic,
  now: number,
) {
  const request = classifyPatientChange(body, current.dentistId);
  if (!request.ok) {
    if (request.refusal === 'forbidden') throw forbidden(request.message);
    throw badRequest(request.message, { [request.field]: request.message });
  }
  const check = checkPatientChange({
    status: current.status,
    startsAt: current.startsAt,
    now,
    cutoffHours: clinic.patientChanges.cutoffHours,
    change: request.change,
  });
  if (!check.allowed) throw conflict(check.code, check.reason, { status: check.reason });

  const kept = {
    patientId: current.patientId,
    dentistId: current.dentistId,
    serviceId: current.serviceId,
    date: current.date,
    time: current.time,
    endTime: current.endTime,
    durationMinutes: current.durationMinutes,
    startsAt: current.startsAt,
    endsAt: current.endsAt,
    notes: current.notes,
  };
  if (request.change === 'cancel') {
    const status = 'cancelled' as const;
    const next = { ...kept, status, ...visitTimesAfter(current.status, status, current, now) };
    return { next, needsFreeTime: false };
  }

  // Both present: classifyPatientChange refuses a move without them.
  const date = body.date ?? current.date;
  const time = body.time ?? current.time;
  const planned = plan(date, time, current.durationMinutes, clinic.timeZone);
  assertInFuture(planned.startsAt, now);
  const dentistId =
    request.dentist === 'any'
      ? await chooseDentist(trx, ctx, {
          actor,
          clinic,
          now,
          serviceId: current.serviceId,
          date,
          time,
          durationMinutes: current.durationMinutes,
          excludeAppointmentId: current.id,
        })
      : current.dentistId;
  const status = statusAfterPatientMove(current.status, clinic.patientChanges, dentistId);
  const next = {
    ...kept,
    dentistId,
    date,
    time,
    endTime: planned.endTime,
    startsAt: planned.startsAt,
    endsAt: planned.endsAt,
    status,
    ...visitTimesAfter(current.status, status, current, now),
  };
  return { next, needsFreeTime: true };
}
