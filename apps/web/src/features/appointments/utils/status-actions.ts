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
  const outcome = statusChangeOutcome(from, to);
  if (outcome === 'checkInUndone') return i18n.t('appointments:statusActions.undoCheckIn');
  if (outcome === 'seatingUndone') return i18n.t('appointments:statusActions.undoSeating');
  return i18n.t(`appointments:statusActions.${to}`);
}

/** The step the day moves a visit along by: check in, seat, complete. */
const NEXT_OF_THE_DAY: Partial<Record<AppointmentStatus, AppointmentStatus>> = {
  pending: 'confirmed',
  arrived: 'in_chair',
  in_chair: 'completed',
};

/** What the front desk most often does next, offered as a button of its own. */
export function primaryStatusAction(
  from: AppointmentStatus,
  available: readonly AppointmentStatus[],
): AppointmentStatus | undefined {
  // On the visit's day a confirmed patient is checked in first; before it, nothing; after it,
  // the visit is completed (or marked a no-show from the menu).
  const next =
    from === 'confirmed'
      ? available.includes('arrived')
        ? 'arrived'
        : 'completed'
      : NEXT_OF_THE_DAY[from];
  return next && available.includes(next) ? next : undefined;
}

/** What a step amounts to, for the message after it: bringing back a cancelled visit is reinstating. */
export function statusChangeOutcome(
  from: AppointmentStatus,
  to: AppointmentStatus,
): AppointmentStatus | 'reinstated' | 'checkInUndone' | 'seatingUndone' {
  if (from === 'cancelled') return 'reinstated';
  if (from === 'arrived' && to === 'confirmed') return 'checkInUndone';
  if (from === 'in_chair' && to === 'arrived') return 'seatingUndone';
  return to;
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

/** Confirming needs a dentist: such a step asks who before it is sent. */
export function needsDentistToConfirm(
  appointment: { dentist: number | null },
  to: AppointmentStatus,
): boolean {
  return to === 'confirmed' && appointment.dentist === null;
}
