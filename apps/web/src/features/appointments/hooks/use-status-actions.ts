import type { Appointment, AppointmentStatus } from '../../../types/api';
import type { ClinicClock } from '../../clinic';
import {
  needsDentistToConfirm,
  offeredTransitions,
  primaryStatusAction,
} from '../utils/status-actions';
import { useChangeStatus } from './use-change-status';

/** The status changes that need a dialog before they are sent. */
export type StatusDialog = 'cancel' | 'confirm';

/**
 * The status changes offered for one appointment: the most likely next step, the others, and
 * `act`, which sends a change at once or opens the dialog it needs (a reason to cancel, a
 * dentist to confirm a request without one). The book's rows and the day board share it.
 */
export function useStatusActions(
  appointment: Appointment,
  clock: ClinicClock,
  openDialog: (dialog: StatusDialog) => void,
) {
  const changeStatus = useChangeStatus();
  const available = offeredTransitions(appointment, clock);
  const primary = primaryStatusAction(appointment.status, available);
  const act = (to: AppointmentStatus) => {
    if (to === 'cancelled') openDialog('cancel');
    else if (needsDentistToConfirm(appointment, to)) openDialog('confirm');
    else changeStatus.change(appointment, to);
  };
  return {
    available,
    primary,
    others: available.filter((to) => to !== primary),
    isSaving: changeStatus.pendingId === appointment.id,
    act,
  };
}
