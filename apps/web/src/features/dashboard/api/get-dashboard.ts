import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Dashboard } from '../../../types/api';
import { appointmentsQueryKey } from '../../appointments';

/**
 * Under the appointments root, so that every appointment write and every reopening of the live
 * stream refreshes it; not under the lists' root, whose cached rows the live sync rewrites in
 * place and which this object is not shaped like.
 */
export const dashboardQueryKey = [...appointmentsQueryKey, 'dashboard'] as const;

// Pending requests whose time has come leave the list, and the day turns, without any event.
const REFRESH_MS = 60_000;

export function getDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return apiClient.get<Dashboard>('/api/dashboard', { signal });
}

export const dashboardQueryOptions = () =>
  queryOptions({
    queryKey: dashboardQueryKey,
    queryFn: ({ signal }) => getDashboard(signal),
    refetchInterval: REFRESH_MS,
  });

/** Everything a landing page shows, in one request that every widget on it shares. */
export function useDashboard() {
  return useQuery(dashboardQueryOptions());
}
