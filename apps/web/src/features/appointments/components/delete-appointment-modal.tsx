import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { formatLongDate, formatTime } from '../../../lib/dates';
import { notifySuccess } from '../../../lib/notify';
import type { Appointment } from '../../../types/api';
import { useDeleteAppointment } from '../api/delete-appointment';

interface DeleteAppointmentModalProps {
  appointment: Appointment;
  onDeleted: () => void;
  onClose: () => void;
}

export function DeleteAppointmentModal({
  appointment,
  onDeleted,
  onClose,
}: DeleteAppointmentModalProps) {
  const { t } = useTranslation('appointments');
  const deleteAppointment = useDeleteAppointment();
  const remove = () =>
    // Against the version on screen: if someone changed it since, the server refuses and the
    // dialog, which follows live updates, shows what it is now before asking again.
    deleteAppointment.mutate(
      { id: appointment.id, expectedVersion: appointment.version },
      {
        onSuccess: () => {
          notifySuccess(t('deleteDialog.deleted', { patient: appointment.patientName }));
          onDeleted();
        },
      },
    );

  return (
    <ConfirmModal
      opened
      title={t('deleteDialog.title')}
      message={t('deleteDialog.message', {
        patient: appointment.patientName,
        date: formatLongDate(appointment.date),
        time: formatTime(appointment.time),
      })}
      confirmLabel={t('deleteDialog.confirm')}
      isDanger
      isPending={deleteAppointment.isPending}
      onConfirm={remove}
      onClose={onClose}
    >
      {deleteAppointment.error ? (
        <Alert color="red" title={t('deleteDialog.error')} role="alert">
          {deleteAppointment.error.message}
        </Alert>
      ) : null}
    </ConfirmModal>
  );
}
