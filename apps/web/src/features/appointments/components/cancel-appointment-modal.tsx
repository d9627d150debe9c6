import { transitionNeedsReason } from '@clinic/domain';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useChangeStatus } from '../hooks/use-change-status';

/** What the dialog says; declining a request is a cancellation worded for the front desk. */
export interface CancelWording {
  title: string;
  summary: (appointment: Appointment) => ReactNode;
  confirmLabel: string;
  keepLabel: string;
  errorTitle: string;
}

function useCancelWording(): CancelWording {
  const { t } = useTranslation('appointments');
  return {
    title: t('cancelDialog.title'),
    summary: (a) =>
      t('cancelDialog.summary', {
        patient: a.patientName,
        date: formatLongDate(a.date),
        time: formatTime(a.time),
      }),
    confirmLabel: t('cancelDialog.confirm'),
    keepLabel: t('cancelDialog.keep'),
    errorTitle: t('cancelDialog.error'),
  };
}

interface CancelAppointmentModalProps {
  appointment: Appointment;
  onDone: () => void;
  onClose: () => void;
  wording?: CancelWording;
}

/**
 * Cancelling frees the slot and tells the patient, so it asks once, with room for a reason
 * that the history keeps. Mounted only while open, so each time starts with an empty reason.
 */
export function CancelAppointmentModal({
  appointment,
  onDone,
  onClose,
  wording: givenWording,
}: CancelAppointmentModalProps) {
  const { t } = useTranslation('appointments');
  const cancelWording = useCancelWording();
  const wording = givenWording ?? cancelWording;
  const [reason, setReason] = useState('');
  const changeStatus = useChangeStatus();
  // A patient who came and left before being seen is cancelled only with the reason.
  const reasonRequired = transitionNeedsReason(appointment.status, 'cancelled');
  const cancel = () =>
    changeStatus.change(appointment, 'cancelled', {
      reason: reason.trim(),
      onSuccess: onDone,
      // Shown in the dialog, where the user is looking.
      onError: () => undefined,
    });

  return (
    <Modal opened onClose={onClose} title={wording.title} centered>
      <Stack>
        <Text size="sm">{wording.summary(appointment)}</Text>
        <Textarea
          label={t('cancelDialog.reason')}
          description={t(
            reasonRequired ? 'cancelDialog.reasonRequired' : 'cancelDialog.reasonHint',
          )}
          required={reasonRequired}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        {changeStatus.error ? (
          <Alert color="red" title={wording.errorTitle} role="alert">
            {changeStatus.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {wording.keepLabel}
          </Button>
          <Button
            color="red"
            disabled={reasonRequired && reason.trim() === ''}
            loading={changeStatus.pendingId !== undefined}
            onClick={cancel}
          >
            {wording.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
