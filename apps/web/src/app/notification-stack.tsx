import { Notifications } from '@mantine/notifications';

export function NotificationStack() {
  // Bottom-right: at the top a notice covered the header's controls (Sign out, the menu) for
  // seconds, and hovering it to reach them kept it open.
  return <Notifications position="bottom-right" />;
}
