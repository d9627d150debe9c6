import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { formatLongDate } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useChangeStatus } from '../../appointments/hooks/use-change-status';

interface DeclineRequestModalProps {
  appointment: Appointment;
  onClose: () => void;
}

/**
 * Declining a request cancels it; the reason, if given, is kept in its history. Mounted only
 * while open, so each decline starts with an empty reason.
 */
export function DeclineRequestModal({ appointment, onClose }: DeclineRequestModalProps) {
  const [reason, setReason] = useState('');
  const changeStatus = useChangeStatus();
  const decline = () =>
    changeStatus.change(appointment, 'cancelled', {
      reason: reason.trim(),
      onSuccess: onClose,
      // Shown in the dialog, where the user is looking.
      onError: () => undefined,
    });

  return (
    <Modal opened onClose={onClose} title="Decline this request?" centered>
      <Stack>
        <Text size="sm">
          {appointment.patientName} asked for {formatLongDate(appointment.date)} at{' '}
          {appointment.time}. The request is cancelled and the patient sees it at once.
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
          <Alert color="red" title="Could not decline the request" role="alert">
            {changeStatus.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep request
          </Button>
          <Button color="red" loading={changeStatus.pendingId !== undefined} onClick={decline}>
            Decline request
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
