import { availableTransitions, startsInFuture } from '@clinic/domain';
import type { AppointmentStatus } from '../../../types/api';

/** The words on the button that moves an appointment from `from` to `to`. */
export function statusActionLabel(from: AppointmentStatus, to: AppointmentStatus): string {
  if (from === 'cancelled') return to === 'confirmed' ? 'Reinstate' : 'Reinstate as pending';
  const labels: Record<AppointmentStatus, string> = {
    pending: 'Back to pending',
    confirmed: 'Confirm',
    completed: 'Complete',
    cancelled: 'Cancel',
    no_show: 'No-show',
  };
  return labels[to];
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

/** Past tense, for the message after the change, e.g. "… confirmed." */
export function statusChangedWord(from: AppointmentStatus, to: AppointmentStatus): string {
  if (from === 'cancelled') return 'reinstated';
  const words: Record<AppointmentStatus, string> = {
    pending: 'set back to pending',
    confirmed: 'confirmed',
    completed: 'marked completed',
    cancelled: 'cancelled',
    no_show: 'marked as a no-show',
  };
  return words[to];
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
