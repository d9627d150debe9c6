import { isApiError } from './api-error';
import { notifyError } from './notify';

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
}

/** Puts the server's field messages next to the fields; the values the user typed stay. */
export function setFieldErrors(form: FormWithErrors, error: unknown): void {
  if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) {
    form.setErrors(error.fieldErrors);
  }
}

/**
 * For forms that announce failures as a notification rather than an inline alert. With
 * `noticeId` the form can take the notice down when it is sent again (see dismissNotice).
 */
export function showFormError(
  form: FormWithErrors,
  error: unknown,
  title?: string,
  noticeId?: string,
): void {
  setFieldErrors(form, error);
  notifyError(error, title, noticeId);
}
