import { Alert } from '@mantine/core';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { formatLongDate } from '../../../lib/dates';
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
  const deleteAppointment = useDeleteAppointment();
  const remove = () =>
    // Against the version on screen: if someone changed it since, the server refuses and the
    // dialog, which follows live updates, shows what it is now before asking again.
    deleteAppointment.mutate(
      { id: appointment.id, expectedVersion: appointment.version },
      {
        onSuccess: () => {
          notifySuccess(`The appointment for ${appointment.patientName} was deleted.`);
          onDeleted();
        },
      },
    );

  return (
    <ConfirmModal
      opened
      title="Delete this appointment?"
      message={`${appointment.patientName}, ${formatLongDate(appointment.date)} at ${appointment.time}. The appointment leaves the book for good; its history is kept. To keep a record of a visit that will not happen, cancel it instead.`}
      confirmLabel="Delete appointment"
      isDanger
      isPending={deleteAppointment.isPending}
      onConfirm={remove}
      onClose={onClose}
    >
      {deleteAppointment.error ? (
        <Alert color="red" title="Could not delete the appointment" role="alert">
          {deleteAppointment.error.message}
        </Alert>
      ) : null}
    </ConfirmModal>
  );
}
