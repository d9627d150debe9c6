import { notifications } from '@mantine/notifications';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', title: 'Done', message });
}

export function notifyError(error: unknown, title = 'Something went wrong'): void {
  const message = error instanceof Error ? error.message : 'Please try again.';
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}
