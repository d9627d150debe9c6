import { notifications } from '@mantine/notifications';
import { describeError } from './api-error';
import { i18n } from './i18n';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', title: i18n.t('notify.done'), message });
}

/**
 * `noticeId` names the failure of one form, so that the form can take it down again when the
 * person tries again (see dismissNotice).
 */
export function notifyError(
  error: unknown,
  title = i18n.t('notify.failed'),
  noticeId?: string,
): void {
  if (noticeId !== undefined) notifications.hide(noticeId);
  notifications.show({
    ...(noticeId === undefined ? {} : { id: noticeId }),
    color: 'red',
    title,
    message: describeError(error),
    autoClose: 8000,
  });
}

/**
 * Takes down a form's earlier failure: once the person sends again, the old refusal no longer
 * describes the form, and left up it would sit beside the "Done" of a retry that worked.
 */
export function dismissNotice(noticeId: string): void {
  notifications.hide(noticeId);
}

/** News from elsewhere, such as a change someone else made to an appointment. */
export function notifyInfo(title: string, message: string): void {
  notifications.show({ color: 'blue', title, message, autoClose: 6000 });
}
