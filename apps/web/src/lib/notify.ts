import { notifications } from '@mantine/notifications';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', title: 'Done', message });
}

export function notifyError(error: unknown, title = 'Something went wrong'): void {
  const message = error instanceof Error ? error.message : 'Please try again.';
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

/** News from elsewhere, such as a change someone else made to an appointment. */
export function notifyInfo(title: string, message: string): void {
  notifications.show({ color: 'blue', title, message, autoClose: 6000 });
}
