import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Paged, Role, User } from '../../../types/api';

export interface UsersFilter {
  role?: Role;
  search?: string;
  isActive?: boolean;
  page?: number;
  pageSize?: number;
}

/** The root of every user list; mutations invalidate it to refresh all of them. */
export const usersQueryKey = ['users'] as const;

export function getUsers(filter: UsersFilter, signal?: AbortSignal): Promise<Paged<User>> {
  return apiClient.get<Paged<User>>('/api/users', { params: { ...filter }, signal });
}

export const usersQueryOptions = (filter: UsersFilter) =>
  queryOptions({
    queryKey: [...usersQueryKey, 'list', filter] as const,
    queryFn: ({ signal }) => getUsers(filter, signal),
    // Keeps the current page on screen while the next page or search result loads.
    placeholderData: keepPreviousData,
  });

export function useUsers(filter: UsersFilter) {
  return useQuery(usersQueryOptions(filter));
}
