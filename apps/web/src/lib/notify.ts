import { notifications } from '@mantine/notifications';
import { describeError } from './api-error';
import { i18n } from './i18n';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', title: i18n.t('notify.done'), message });
}

export function notifyError(error: unknown, title = i18n.t('notify.failed')): void {
  notifications.show({ color: 'red', title, message: describeError(error), autoClose: 8000 });
}

/** News from elsewhere, such as a change someone else made to an appointment. */
export function notifyInfo(title: string, message: string): void {
  notifications.show({ color: 'blue', title, message, autoClose: 6000 });
}
