import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Dentist } from '../../../types/api';
import { usersQueryKey } from './get-users';

export function getDentists(includeInactive: boolean, signal?: AbortSignal): Promise<Dentist[]> {
  return apiClient.get<Dentist[]>('/api/dentists', {
    params: includeInactive ? { includeInactive: true } : {},
    signal,
  });
}

export const dentistsQueryOptions = (includeInactive = false) =>
  queryOptions({
    // Under the users root: marking someone a dentist, or deactivating them, changes this list.
    queryKey: [...usersQueryKey, 'dentists', { includeInactive }] as const,
    queryFn: ({ signal }) => getDentists(includeInactive, signal),
  });

/**
 * The active dentists, for pickers; everyone signed in may read them. Filters of the team ask
 * for former dentists as well (`includeInactive`), so that their visits stay findable.
 */
export function useDentists({ includeInactive = false }: { includeInactive?: boolean } = {}) {
  return useQuery(dentistsQueryOptions(includeInactive));
}
