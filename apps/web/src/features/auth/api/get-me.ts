import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import type { User } from '../../../types/api';

/**
 * Not being signed in is an answer, not an error: it resolves to null. Asked of
 * `/api/auth/session`, which answers a visitor 200 `{user: null}`, because the 401 of
 * `/api/auth/me` would be logged as a console error on every sign-in page.
 */
export async function getMe(): Promise<User | null> {
  const { user } = await apiClient.get<{ user: User | null }>('/api/auth/session');
  return user;
}

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe });

export function useMe() {
  return useQuery(meQueryOptions());
}
