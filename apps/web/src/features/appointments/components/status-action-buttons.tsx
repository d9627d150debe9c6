import { Button } from '@mantine/core';
import type { Appointment } from '../../../types/api';
import type { ClinicClock } from '../../clinic';
import { useChangeStatus } from '../hooks/use-change-status';
import {
  needsDentistToConfirm,
  offeredTransitions,
  statusActionLabel,
} from '../utils/status-actions';

interface StatusActionButtonsProps {
  appointment: Appointment;
  /** The clinic's now: completed and no-show wait for the appointment's day. */
  clock: ClinicClock;
  /** Cancelling asks first, so the caller decides how. */
  onCancel: () => void;
  /** Confirming a visit without a dentist asks who first. */
  onConfirmNeedsDentist: () => void;
}

/** A button for every step the workflow allows from the appointment's current status. */
export function StatusActionButtons({
  appointment,
  clock,
  onCancel,
  onConfirmNeedsDentist,
}: StatusActionButtonsProps) {
  const changeStatus = useChangeStatus();
  const isSaving = changeStatus.pendingId === appointment.id;
  return offeredTransitions(appointment, clock).map((to) => (
    <Button
      key={to}
      size="xs"
      variant="light"
      color={to === 'cancelled' ? 'red' : undefined}
      disabled={isSaving}
      onClick={() => {
        if (to === 'cancelled') onCancel();
        else if (needsDentistToConfirm(appointment, to)) onConfirmNeedsDentist();
        else changeStatus.change(appointment, to);
      }}
    >
      {statusActionLabel(appointment.status, to)}
    </Button>
  ));
}
