import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { formatLongDate } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useChangeStatus } from '../hooks/use-change-status';

interface CancelAppointmentModalProps {
  appointment: Appointment;
  onDone: () => void;
  onClose: () => void;
}

/** Cancelling frees the slot and tells the patient, so it asks once, with room for a reason. */
export function CancelAppointmentModal({
  appointment,
  onDone,
  onClose,
}: CancelAppointmentModalProps) {
  const [reason, setReason] = useState('');
  const changeStatus = useChangeStatus();
  const cancel = () =>
    changeStatus.change(appointment, 'cancelled', {
      reason: reason.trim(),
      onSuccess: onDone,
      // Shown in the dialog, where the user is looking.
      onError: () => undefined,
    });

  return (
    <Modal opened onClose={onClose} title="Cancel this appointment?" centered>
      <Stack>
        <Text size="sm">
          {appointment.patientName}, {formatLongDate(appointment.date)} at {appointment.time}. The
          slot becomes free; the appointment can be reinstated later if the slot is still free.
        </Text>
        <Textarea
          label="Reason (optional)"
          description="Kept in the appointment’s history."
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        {changeStatus.error ? (
          <Alert color="red" title="Could not cancel the appointment" role="alert">
            {changeStatus.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep appointment
          </Button>
          <Button color="red" loading={changeStatus.pendingId !== undefined} onClick={cancel}>
            Cancel appointment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
