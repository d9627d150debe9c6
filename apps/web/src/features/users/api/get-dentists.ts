import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Dentist } from '../../../types/api';
import { usersQueryKey } from './get-users';

export function getDentists(signal?: AbortSignal): Promise<Dentist[]> {
  return apiClient.get<Dentist[]>('/api/dentists', { signal });
}

export const dentistsQueryOptions = () =>
  queryOptions({
    // Under the users root: marking someone a dentist, or deactivating them, changes this list.
    queryKey: [...usersQueryKey, 'dentists'] as const,
    queryFn: ({ signal }) => getDentists(signal),
  });

/** The active dentists, for pickers; everyone signed in may read them. */
export function useDentists() {
  return useQuery(dentistsQueryOptions());
}
