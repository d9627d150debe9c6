import { useTranslation } from 'react-i18next';
import { formatShortDate, formatTime } from '../../../lib/dates';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { Appointment, AppointmentStatus } from '../../../types/api';
import { useUpdateAppointment } from '../api/update-appointment';
import { statusChangeOutcome } from '../utils/status-actions';

interface ChangeOptions {
  /** Kept in the history with the change. */
  reason?: string;
  /** Sent with the step: confirming a visit without a dentist names one. */
  dentist?: number;
  onSuccess?: (appointment: Appointment) => void;
  /** By default a refusal is announced as a notification. */
  onError?: (error: Error) => void;
}

/** Moves an appointment along the workflow and says so; the server has the last word on it. */
export function useChangeStatus() {
  const { t } = useTranslation('appointments');
  const update = useUpdateAppointment();
  const change = (appointment: Appointment, to: AppointmentStatus, options: ChangeOptions = {}) =>
    update.mutate(
      {
        id: appointment.id,
        input: { status: to, reason: options.reason || undefined, dentist: options.dentist },
        // The step was chosen from what the person saw; if someone moved it along meanwhile
        // (cancelled a visit just confirmed), the server refuses rather than reinstating it.
        expectedVersion: appointment.version,
      },
      {
        onSuccess: (updated) => {
          notifySuccess(
            t(`statusChange.done.${statusChangeOutcome(appointment.status, to)}`, {
              patient: updated.patientName,
              date: formatShortDate(updated.date),
              time: formatTime(updated.time),
            }),
          );
          options.onSuccess?.(updated);
        },
        onError: (error) => {
          if (options.onError) options.onError(error);
          else
            notifyError(
              error,
              t(`statusChange.failed.${statusChangeOutcome(appointment.status, to)}`),
            );
        },
      },
    );
  return {
    change,
    /** The appointment whose status is being saved, if any. */
    pendingId: update.isPending ? update.variables?.id : undefined,
    error: update.error,
    reset: update.reset,
  };
}
