import { availableTransitions, startsInFuture } from '@clinic/domain';
import { i18n } from '../../../lib/i18n';
import type { AppointmentStatus } from '../../../types/api';

/** The words on the button that moves an appointment from `from` to `to`. */
export function statusActionLabel(from: AppointmentStatus, to: AppointmentStatus): string {
  if (from === 'cancelled') {
    return i18n.t(
      to === 'confirmed'
        ? 'appointments:statusActions.reinstate'
        : 'appointments:statusActions.reinstateAsPending',
    );
  }
  return i18n.t(`appointments:statusActions.${to}`);
}

/** What the front desk most often does next, offered as a button of its own. */
export function primaryStatusAction(
  from: AppointmentStatus,
  available: readonly AppointmentStatus[],
): AppointmentStatus | undefined {
  const next: AppointmentStatus | undefined =
    from === 'pending' ? 'confirmed' : from === 'confirmed' ? 'completed' : undefined;
  return next && available.includes(next) ? next : undefined;
}

/** What a step amounts to, for the message after it: bringing back a cancelled visit is reinstating. */
export function statusChangeOutcome(
  from: AppointmentStatus,
  to: AppointmentStatus,
): AppointmentStatus | 'reinstated' {
  return from === 'cancelled' ? 'reinstated' : to;
}

/**
 * The steps to offer for an appointment now: the workflow's, less reinstating a visit whose
 * time has gone (it would book a slot in the past, which the server refuses).
 */
export function offeredTransitions(
  appointment: { status: AppointmentStatus; date: string; time: string },
  clock: { today: string; now: number; zone: string },
): AppointmentStatus[] {
  const steps = availableTransitions(appointment.status, appointment.date, clock.today);
  if (appointment.status !== 'cancelled') return steps;
  return startsInFuture(appointment.date, appointment.time, clock.now, clock.zone) ? steps : [];
}
