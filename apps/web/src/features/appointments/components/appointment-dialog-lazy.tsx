import { lazy, Suspense } from 'react';
import type { AppointmentDialogProps } from './appointment-dialog';

const Dialog = lazy(async () => ({
  default: (await import('./appointment-dialog')).AppointmentDialog,
}));

/**
 * One appointment's dialog, with its editing form, history and status steps, downloads when
 * first opened rather than with every page that lists appointments.
 */
export function AppointmentDialog(props: AppointmentDialogProps) {
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}
