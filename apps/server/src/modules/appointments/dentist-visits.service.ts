import type { HandOverVisitsBody, HandOverVisitsWire } from '@clinic/contract';
import { type Actor, canHandOverDentistVisits, canManageAppointments } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { AppError, badRequest, forbidden, notFound } from '../../lib/errors.ts';
import { findUserById } from '../users/index.ts';
import type { AppointmentView } from './appointments.repository.ts';
import { updateAppointment } from './appointments.service.ts';
import { comingVisitsOf, countComingVisitsOf } from './dentist-visits.repository.ts';

const SHOWN_BEFORE_DECIDING = 50;

/** The dentist (or former dentist) whose book is asked about; 404 for anyone else. */
async function loadDentist(ctx: AppContext, id: number) {
  const user = await findUserById(ctx.db.kysely, id);
  if (!user || user.role === 'patient' || (!user.isDentist && user.colour === null)) {
    throw notFound('Dentist');
  }
  return user;
}

export async function listComingVisits(ctx: AppContext, actor: Actor, dentistId: number) {
  if (!canManageAppointments(actor)) throw forbidden();
  await loadDentist(ctx, dentistId);
  const now = ctx.now();
  const [count, rows] = await Promise.all([
    countComingVisitsOf(ctx.db.kysely, dentistId, now),
    comingVisitsOf(ctx.db.kysely, dentistId, now, SHOWN_BEFORE_DECIDING),
  ]);
  return { count, rows };
}

async function assertCanTakeOver(ctx: AppContext, fromId: number, toId: number): Promise<void> {
  const message = 'Choose another active dentist to take the visits.';
  if (toId === fromId) throw badRequest(message, { to: message });
  const to = await findUserById(ctx.db.kysely, toId);
  if (!to?.isDentist || !to.isActive || to.role === 'patient') {
    throw badRequest(message, { to: message });
  }
}

function outcome(visit: AppointmentView) {
  return { id: visit.id, patient_name: visit.patientName, date: visit.date, time: visit.time };
}

/**
 * Moves every coming visit of a dentist to another, or cancels them, one visit per
 * transaction through the same change as a PATCH: each move is checked against the other
 * dentist's free time and book, each change lands in the visit's history (and so the audit
 * log), patients are told as for any cancellation, and live views hear of each. A visit that
 * cannot be changed stays as it was and is reported with the reason; so is one changed by
 * someone else since it was read, rather than overriding their change.
 */
export async function handOverVisits(
  ctx: AppContext,
  actor: Actor,
  dentistId: number,
  body: HandOverVisitsBody,
): Promise<HandOverVisitsWire> {
  if (!canHandOverDentistVisits(actor)) throw forbidden();
  await loadDentist(ctx, dentistId);
  if (body.action === 'reassign') await assertCanTakeOver(ctx, dentistId, body.to);
  const visits = await comingVisitsOf(ctx.db.kysely, dentistId, ctx.now());
  const result: HandOverVisitsWire = { action: body.action, done: [], failed: [] };
  for (const visit of visits) {
    const change =
      body.action === 'reassign'
        ? { dentist: body.to }
        : { status: 'cancelled' as const, reason: body.reason };
    try {
      await updateAppointment(ctx, actor, visit.id, change, {
        any: false,
        versions: [visit.version],
      });
      result.done.push(outcome(visit));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ ...outcome(visit), code: error.code, detail: error.detail });
    }
  }
  return result;
}
