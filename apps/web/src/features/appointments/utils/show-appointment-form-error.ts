import { showFormError } from '../../../lib/form-errors';
import { collapseRepeatedErrors } from './appointment-form';

/**
 * Puts the server's field messages beside the appointment form's fields (a message the server
 * repeats on several fields is written once) and notifies with `title`, under `noticeId` so
 * that sending the form again takes the notice down.
 */
export function showAppointmentFormError(
  form: { setErrors: (errors: Record<string, string | true>) => void },
  error: unknown,
  title: string,
  noticeId?: string,
): void {
  showFormError(
    { setErrors: (errors) => form.setErrors(collapseRepeatedErrors(errors)) },
    error,
    title,
    noticeId,
  );
}
