import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { SetupStatus } from '../../../types/api';

export type { SetupStatus };

export const setupStatusQueryKey = ['setup'] as const;

export function getSetupStatus(): Promise<SetupStatus> {
  return apiClient.get<SetupStatus>('/api/setup');
}

export const setupStatusQueryOptions = () =>
  queryOptions({
    queryKey: setupStatusQueryKey,
    queryFn: getSetupStatus,
    meta: { keepAcrossSessions: true },
  });

export function useSetupStatus() {
  return useQuery(setupStatusQueryOptions());
}
