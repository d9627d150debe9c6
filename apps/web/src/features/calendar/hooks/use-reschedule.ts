import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { formatShortDate, formatTime } from '../../../lib/dates';
import { notifyError, notifyInfo } from '../../../lib/notify';
import type { Appointment } from '../../../types/api';
import {
  describeTheirChanges,
  type UpdateAppointmentInput,
  useUpdateAppointment,
} from '../../appointments';
import { rescheduleInput } from '../utils/reschedule-input';
import { useUndoMove } from './use-undo-move';

/** What FullCalendar hands over after a drop or a resize. */
export interface CalendarChange {
  start: Date;
  end: Date | null;
  /** Puts the event back where it was. */
  revert: () => void;
}

/** A move the server refused as outside the free times, waiting for a yes or a no. */
export interface OutsideMove {
  appointment: Appointment;
  input: UpdateAppointmentInput;
  revert: () => void;
  /** The server's words: why, and the nearest free times. */
  reason: string;
}

/**
 * Saves a drop or a resize. FullCalendar shows the change at once; if the server refuses it (a
 * double booking, a time in the past) the event goes back and the server's reason is shown.
 * A time outside the working hours or free times is asked about first: owner and staff may
 * book there on purpose. A drop is made against the version on screen: when someone changed
 * the appointment since, the server refuses it (412), the event goes back and the person reads
 * what changed, then drops it again on the calendar that live updates have refreshed.
 */
export function useReschedule() {
  const { t } = useTranslation('calendar');
  const { mutateAsync } = useUpdateAppointment();
  const notifyWithUndo = useUndoMove();
  const [outside, setOutside] = useState<OutsideMove | null>(null);
  const [isOverriding, setIsOverriding] = useState(false);

  const save = useCallback(
    (appointment: Appointment, input: UpdateAppointmentInput, revert: () => void) =>
      mutateAsync({ id: appointment.id, input, expectedVersion: appointment.version })
        .then((saved) =>
          notifyWithUndo(
            appointment,
            saved,
            input,
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
          if (
            isApiError(error, 409) &&
            error.code === 'outside_availability' &&
            !input.overrideAvailability
          ) {
            setOutside({ appointment, input, revert, reason: error.message });
            return;
          }
          revert();
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
        }),
    [mutateAsync, notifyWithUndo, t],
  );

  // mutateAsync, not mutate: a second drop before the first is answered must not silence the
  // first one's outcome.
  const reschedule = useCallback(
    (appointment: Appointment, change: CalendarChange) => {
      const input = rescheduleInput(appointment, change);
      if (!input) return;
      void save(appointment, input, change.revert);
    },
    [save],
  );

  const confirmOutside = useCallback(() => {
    if (!outside) return;
    setIsOverriding(true);
    void save(
      outside.appointment,
      { ...outside.input, overrideAvailability: true },
      outside.revert,
    ).finally(() => {
      setIsOverriding(false);
      setOutside(null);
    });
  }, [outside, save]);
  const cancelOutside = useCallback(() => {
    outside?.revert();
    setOutside(null);
  }, [outside]);

  return { reschedule, outside, isOverriding, confirmOutside, cancelOutside };
}
