import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { User } from '../../../types/api';
import { usersQueryKey } from './get-users';

export function getUser(id: number, signal?: AbortSignal): Promise<User> {
  return apiClient.get<User>(`/api/users/${id}`, { signal });
}

export const userQueryOptions = (id: number) =>
  queryOptions({
    // Under the users root, so that editing any user refreshes it too.
    queryKey: [...usersQueryKey, 'detail', id] as const,
    queryFn: ({ signal }) => getUser(id, signal),
  });

export function useUser(id: number) {
  return useQuery(userQueryOptions(id));
}
