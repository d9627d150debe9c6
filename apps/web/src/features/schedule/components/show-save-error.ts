import { describeError } from '../../../lib/api-error';
import { showFormError } from '../../../lib/form-errors';
import { i18n } from '../../../lib/i18n';
import { notifyError } from '../../../lib/notify';
import { saveErrorOutcome } from '../utils/save-error';

interface ScheduleForm {
  setErrors: (errors: Record<string, string>) => void;
  setFieldError: (field: string, error: string) => void;
}

interface SaveErrorOptions {
  /** The notification's title for a save that failed. */
  title: string;
  /** Closes the dialog: what it edits was deleted meanwhile. */
  onGone: () => void;
  /** The field a conflict is about, where its message goes. */
  conflictField?: string;
}

/**
 * How the schedule's dialogs answer a refused save. The values typed stay, except when what
 * they edit is gone: the dialog closes and the refreshed list shows what is left.
 */
export function showScheduleSaveError(
  form: ScheduleForm,
  error: unknown,
  { title, onGone, conflictField }: SaveErrorOptions,
): void {
  const outcome = saveErrorOutcome(error);
  if (outcome === 'gone') {
    notifyError(error, i18n.t('schedule:errors.gone'));
    onGone();
    return;
  }
  showFormError(form, error, title);
  if (outcome === 'conflict' && conflictField) {
    form.setFieldError(conflictField, describeError(error));
  }
}
