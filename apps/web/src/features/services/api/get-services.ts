import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Service } from '../../../types/api';

export const servicesQueryKey = ['services'] as const;

export function getServices(): Promise<Service[]> {
  return apiClient.get<Service[]>('/api/services');
}

export const servicesQueryOptions = () =>
  queryOptions({ queryKey: servicesQueryKey, queryFn: getServices });

export function useServices() {
  return useQuery(servicesQueryOptions());
}
