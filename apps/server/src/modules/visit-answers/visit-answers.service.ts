import type { VisitAnswerPreviewWire, VisitAnswerResultWire } from '@clinic/contract';
import {
  firstName,
  type VisitAnswer,
  type VisitLinkState,
  visitAnswerOptions,
  visitLinkState,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { AppError, conflict } from '../../lib/errors.ts';
import {
  type AppointmentView,
  cancelByPatientAnswer,
  confirmAttendanceByPatient,
  findAppointment,
} from '../appointments/index.ts';
import { hashToken } from '../auth/index.ts';
import { type Clinic, getClinic } from '../clinic/index.ts';
import { findVisitLink, useVisitLink } from './visit-links.repository.ts';

const LINK_PROBLEMS: Record<Exclude<VisitLinkState, 'valid'>, () => AppError> = {
  unknown: () =>
    new AppError(
      400,
      'link_invalid',
      'Link not valid',
      'This link is not valid. Copy the whole link from the message, or contact the clinic.',
    ),
  used: () =>
    new AppError(
      400,
      'link_used',
      'Link already used',
      'This link was used already; each works once. Contact the clinic to change your answer.',
    ),
  expired: () =>
    new AppError(
      400,
      'link_expired',
      'Link expired',
      'This link has expired: the visit it was sent for has begun.',
    ),
  moved: () =>
    conflict(
      'visit_moved',
      'This visit was moved after this message was sent; the message about its new time has links of its own.',
    ),
};

function linkProblem(state: Exclude<VisitLinkState, 'valid'>): AppError {
  return LINK_PROBLEMS[state]();
}

/** The link behind `token` and its visit while the link may still be used; a problem otherwise. */
async function usableLink(ctx: AppContext, token: string) {
  const tokenHash = hashToken(token);
  const db = ctx.db.kysely;
  const link = await findVisitLink(db, tokenHash);
  const visit = link ? await findAppointment(db, link.appointmentId) : undefined;
  const state = visitLinkState(link, visit, ctx.now());
  if (state !== 'valid' || !link || !visit) {
    throw linkProblem(state === 'valid' ? 'unknown' : state);
  }
  return { link, visit, tokenHash };
}

function summaryOf(visit: AppointmentView, clinic: Clinic) {
  return {
    clinic_name: clinic.name,
    clinic_phone: clinic.contact.phone,
    patient_first_name: firstName(visit.patientName),
    date: visit.date,
    time: visit.time,
    end_time: visit.endTime,
    dentist_name: visit.dentistName,
    service_name: visit.serviceName,
    status: visit.status,
    patient_confirmed: visit.patientConfirmedAt !== null,
  };
}

/**
 * What the answer page shows before anyone chooses: the visit, and which answers the link can
 * still give. Reading it changes nothing, so a mail scanner following the link is harmless.
 */
export async function previewVisitAnswer(
  ctx: AppContext,
  token: string,
): Promise<VisitAnswerPreviewWire> {
  const { visit } = await usableLink(ctx, token);
  const clinic = await getClinic(ctx);
  return {
    ...summaryOf(visit, clinic),
    answers: visitAnswerOptions(visit, ctx.now(), clinic.patientChanges.cutoffHours),
  };
}

/**
 * Records the answer and spends the link, together: a refused answer (409 `too_late` for a
 * cancellation past the cut-off, `invalid_transition` for a visit no longer open) leaves the
 * link as it was, so "I'll be there" can still be given with it.
 */
export async function answerVisit(
  ctx: AppContext,
  token: string,
  answer: VisitAnswer,
): Promise<VisitAnswerResultWire> {
  const { link, tokenHash } = await usableLink(ctx, token);
  type Trx = Parameters<typeof useVisitLink>[0];
  const options = {
    // Read again under the appointment's lock, which every answer about the visit takes: an
    // answer sent at the same moment has spent the link or not, and the visit may have moved.
    check: async (trx: Trx, current: AppointmentView) => {
      const state = visitLinkState(await findVisitLink(trx, tokenHash), current, ctx.now());
      if (state !== 'valid') throw linkProblem(state);
    },
    beforeWrite: async (trx: Trx) => {
      if (!(await useVisitLink(trx, tokenHash, answer, ctx.now()))) throw linkProblem('used');
    },
  };
  const result =
    answer === 'attend'
      ? await confirmAttendanceByPatient(ctx, link.appointmentId, 'link', options)
      : await cancelByPatientAnswer(ctx, link.appointmentId, 'link', options);
  if (!result.ok) {
    if (result.reason === 'not_found') throw linkProblem('unknown');
    throw conflict(result.reason, result.message, { answer: result.message });
  }
  const clinic = await getClinic(ctx);
  return { ...summaryOf(result.appointment, clinic), answered: answer };
}
