import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { formatShortDate, formatTime } from '../../../lib/dates';
import { notifyError, notifyInfo, notifySuccess } from '../../../lib/notify';
import type { Appointment } from '../../../types/api';
import { describeTheirChanges, useUpdateAppointment } from '../../appointments';
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
 * A drop is made against the version on screen: when someone changed the appointment since,
 * the server refuses it (412), the event goes back and the person reads what changed, then
 * drops it again on the calendar that live updates have refreshed.
 */
export function useReschedule() {
  const { t } = useTranslation('calendar');
  const { mutateAsync } = useUpdateAppointment();
  // mutateAsync, not mutate: a second drop before the first is answered must not silence the
  // first one's outcome.
  return useCallback(
    (appointment: Appointment, change: CalendarChange) => {
      const input = rescheduleInput(appointment, change);
      if (!input) return;
      mutateAsync({ id: appointment.id, input, expectedVersion: appointment.version })
        .then((saved) =>
          notifySuccess(
            input.date
              ? t('reschedule.moved', {
                  patient: saved.patientName,
                  date: formatShortDate(saved.date),
                  time: formatTime(saved.time),
                })
              : t('reschedule.resized', {
                  patient: saved.patientName,
                  time: formatTime(saved.endTime),
                }),
          ),
        )
        .catch((error: unknown) => {
          change.revert();
          if (isApiError(error, 412) && error.current) {
            const theirs = describeTheirChanges(appointment, error.current as Appointment);
            notifyInfo(
              t('reschedule.changedElsewhere'),
              t('reschedule.notMoved', {
                changes: theirs.join('; ') || t('reschedule.savedAgain'),
              }),
            );
            return;
          }
          notifyError(error, input.date ? t('reschedule.moveError') : t('reschedule.resizeError'));
        });
    },
    [mutateAsync, t],
  );
}
