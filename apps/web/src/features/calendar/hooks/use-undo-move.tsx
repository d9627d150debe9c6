import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { notifyError, notifyInfo, notifySuccess } from '../../../lib/notify';
import type { Appointment } from '../../../types/api';
import { type UpdateAppointmentInput, useUpdateAppointment } from '../../appointments';

/**
 * After a drag on the calendar, a notice says what moved and offers to put it back. Undo is
 * made against the version the move produced: if someone changed the visit since, the server
 * refuses it (412) and the person is told, rather than undoing the colleague's change too.
 */
export function useUndoMove() {
  const { t } = useTranslation('calendar');
  const { mutateAsync } = useUpdateAppointment();

  const undo = useCallback(
    (before: Appointment, after: Appointment, input: UpdateAppointmentInput, noticeId: string) => {
      notifications.hide(noticeId);
      const back: UpdateAppointmentInput = {};
      if (input.date !== undefined) back.date = before.date;
      if (input.time !== undefined) back.time = before.time;
      if (input.durationMinutes !== undefined) back.durationMinutes = before.durationMinutes;
      mutateAsync({ id: before.id, input: back, expectedVersion: after.version }).then(
        () => notifySuccess(t('undo.done', { patient: before.patientName })),
        (error: unknown) => {
          if (isApiError(error, 412)) {
            notifyInfo(t('reschedule.changedElsewhere'), t('undo.changedSince'));
            return;
          }
          notifyError(error, t('undo.error'));
        },
      );
    },
    [mutateAsync, t],
  );

  /** Shows what a move or resize did, with the button that puts it back. */
  return useCallback(
    (before: Appointment, after: Appointment, input: UpdateAppointmentInput, message: string) => {
      const noticeId = `calendar-undo-${after.id}-${after.version}`;
      notifications.show({
        id: noticeId,
        color: 'green',
        title: t('undo.title'),
        autoClose: 10_000,
        message: (
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">{message}</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => undo(before, after, input, noticeId)}
            >
              {t('undo.button')}
            </Button>
          </Group>
        ),
      });
    },
    [t, undo],
  );
}
