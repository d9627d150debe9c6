import { lazy, Suspense } from 'react';
import type { CreateAppointmentModalProps } from './create-appointment-modal';

const Modal = lazy(async () => ({
  default: (await import('./create-appointment-modal')).CreateAppointmentModal,
}));

/**
 * The booking form, with its patient, date, time and free-time pickers, downloads when first
 * opened rather than with the appointment list, the calendar or the dashboard.
 */
export function CreateAppointmentModal(props: CreateAppointmentModalProps) {
  return (
    <Suspense fallback={null}>
      <Modal {...props} />
    </Suspense>
  );
}
