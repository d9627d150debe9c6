import type { CalendarFeedWire, CreatedCalendarFeedWire } from '@clinic/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Camelize } from '../../../lib/camel-case';

/** Whether a person's calendar feed works, and since when; never its address. */
export type CalendarFeed = Camelize<CalendarFeedWire>;
/** The answer to making a feed: the only time its address is seen. */
export type CreatedCalendarFeed = Camelize<CreatedCalendarFeedWire>;

const feedKey = (userId: number) => ['users', userId, 'calendar-feed'] as const;
const feedPath = (userId: number) => `/api/users/${userId}/calendar-feed`;

export function useCalendarFeed(userId: number) {
  return useQuery({
    queryKey: feedKey(userId),
    queryFn: ({ signal }) => apiClient.get<CalendarFeed>(feedPath(userId), { signal }),
  });
}

/** Makes a new address (the old one stops); the answer holds it, shown once. */
export function useCreateCalendarFeed(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post<CreatedCalendarFeed>(feedPath(userId)),
    onSuccess: ({ url: _url, webcalUrl: _webcal, ...state }) =>
      queryClient.setQueryData(feedKey(userId), state),
  });
}

export function useRevokeCalendarFeed(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.delete(feedPath(userId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKey(userId) }),
  });
}
