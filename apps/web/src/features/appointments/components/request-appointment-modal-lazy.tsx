import { lazy, Suspense } from 'react';

const Modal = lazy(async () => ({
  default: (await import('./request-appointment-modal')).RequestAppointmentModal,
}));

/**
 * The request form, with its date, time and service pickers, downloads when a patient first
 * opens it rather than with every patient page.
 */
export function RequestAppointmentModal({ onClose }: { onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <Modal onClose={onClose} />
    </Suspense>
  );
}
