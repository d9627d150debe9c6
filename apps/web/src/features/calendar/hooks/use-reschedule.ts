import { useCallback } from 'react';
import { formatShortDate } from '../../../lib/dates';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { Appointment } from '../../../types/api';
import { useUpdateAppointment } from '../../appointments/api/update-appointment';
import { rescheduleInput } from '../utils/reschedule-input';

/** What FullCalendar hands over after a drop or a resize. */
export interface CalendarChange {
  start: Date;
  end: Date | null;
  /** Puts the event back where it was. */
  revert: () => void;
}

/**
 * Saves a drop or a resize. FullCalendar shows the change at once; if the server refuses it (a
 * double booking, a time in the past) the event goes back and the server's reason is shown.
 */
export function useReschedule() {
  const { mutateAsync } = useUpdateAppointment();
  // mutateAsync, not mutate: a second drop before the first is answered must not silence the
  // first one's outcome.
  return useCallback(
    (appointment: Appointment, change: CalendarChange) => {
      const input = rescheduleInput(appointment, change);
      if (!input) return;
      mutateAsync({ id: appointment.id, input })
        .then((saved) =>
          notifySuccess(
            input.date
              ? `Moved ${saved.patientName} to ${formatShortDate(saved.date)} at ${saved.time}.`
              : `${saved.patientName}’s visit now ends at ${saved.endTime}.`,
          ),
        )
        .catch((error: unknown) => {
          change.revert();
          notifyError(error, input.date ? 'Could not move the appointment' : 'Could not resize it');
        });
    },
    [mutateAsync],
  );
}
