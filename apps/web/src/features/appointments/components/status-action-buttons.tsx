import { Button } from '@mantine/core';
import type { Appointment } from '../../../types/api';
import type { ClinicClock } from '../../clinic';
import { useStatusActions } from '../hooks/use-status-actions';
import { statusActionLabel } from '../utils/status-actions';
import { isDestructiveStep } from './status-steps';

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
  const { available, isSaving, act } = useStatusActions(appointment, clock, (dialog) =>
    dialog === 'cancel' ? onCancel() : onConfirmNeedsDentist(),
  );
  return available.map((to) => (
    <Button
      key={to}
      size="xs"
      variant="light"
      color={isDestructiveStep(to) ? 'red' : undefined}
      disabled={isSaving}
      onClick={() => act(to)}
    >
      {statusActionLabel(appointment.status, to)}
    </Button>
  ));
}
