import { useQueryClient } from '@tanstack/react-query';
import type { UnreadCount } from '../../../types/api';
import { useLiveEvents } from '../../events';
import { inboxItemsQueryKey, inboxQueryKey, unreadCountQueryKey } from '../api/inbox';

/**
 * The person's bell changed (an item arrived, or they read some in another tab or device): the
 * count is the one the stream sends, and the list asks again when it is open. A stream that was
 * down may have missed a change, so everything the bell keeps asks again when it reopens.
 */
export function useInboxLiveSync(): void {
  const queryClient = useQueryClient();
  useLiveEvents((event) => {
    if (event.type === 'inbox.changed') {
      queryClient.setQueryData<UnreadCount>(unreadCountQueryKey, { unread: event.unread });
      void queryClient.invalidateQueries({ queryKey: inboxItemsQueryKey });
    } else if (event.type === 'stream.opened') {
      void queryClient.invalidateQueries({ queryKey: inboxQueryKey });
    }
  });
}
