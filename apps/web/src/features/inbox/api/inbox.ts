import {
  type InfiniteData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { InboxPage, InboxReadBody, UnreadCount } from '../../../types/api';

/** Everything the bell keeps: its count and its pages. */
export const inboxQueryKey = ['inbox'] as const;
export const unreadCountQueryKey = ['inbox', 'unread-count'] as const;
export const inboxItemsQueryKey = ['inbox', 'items'] as const;

const PAGE_SIZE = 20;

/** How many of the person's items are unread; kept current by the live stream. */
export function useUnreadCount() {
  return useQuery({
    queryKey: unreadCountQueryKey,
    queryFn: ({ signal }) => apiClient.get<UnreadCount>('/api/inbox/unread-count', { signal }),
    select: (data) => data.unread,
  });
}

/** The person's items, newest first, a page at a time going back. */
export function useInboxItems() {
  return useInfiniteQuery({
    queryKey: inboxItemsQueryKey,
    queryFn: ({ signal, pageParam }) =>
      apiClient.get<InboxPage>('/api/inbox', {
        signal,
        params: { pageSize: PAGE_SIZE, cursor: pageParam },
      }),
    initialPageParam: undefined as number | undefined,
    // The next page starts after the oldest item shown, as the server's `next` link does.
    getNextPageParam: (page) => (page.next ? page.results.at(-1)?.id : undefined),
  });
}

export type InboxPages = InfiniteData<InboxPage, number | undefined>;

/** Marks items read; the answer is the new count, which every other tab hears live. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InboxReadBody) => apiClient.post<UnreadCount>('/api/inbox/read', body),
    onSuccess: (count) => {
      queryClient.setQueryData(unreadCountQueryKey, count);
      void queryClient.invalidateQueries({ queryKey: inboxItemsQueryKey });
    },
  });
}
