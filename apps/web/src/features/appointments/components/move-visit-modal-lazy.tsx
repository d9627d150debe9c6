import { lazy, Suspense } from 'react';
import type { Appointment } from '../../../types/api';

const Modal = lazy(async () => ({
  default: (await import('./move-visit-modal')).MoveVisitModal,
}));

/**
 * The move dialog, with its calendar of free times, downloads when a patient first opens it
 * rather than with every patient page.
 */
export function MoveVisitModal(props: { appointment: Appointment; onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <Modal {...props} />
    </Suspense>
  );
}
