import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

const NotificationStack = lazy(async () => ({
  default: (await import('./notification-stack')).NotificationStack,
}));

/**
 * Mantine's notices are kept in a store from the first `notifications.show`; the component that
 * draws them, with its transitions, loads only then, since most visits show none.
 */
export function DeferredNotifications() {
  const { notifications, queue } = useNotifications();
  const [isNeeded, setIsNeeded] = useState(false);
  if (!isNeeded && notifications.length + queue.length > 0) setIsNeeded(true);
  if (!isNeeded) return null;
  return (
    <Suspense fallback={null}>
      <NotificationStack />
    </Suspense>
  );
}
