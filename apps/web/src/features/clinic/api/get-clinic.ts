import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Clinic } from '../../../types/api';

export const clinicQueryKey = ['clinic'] as const;

export function getClinic(): Promise<Clinic> {
  return apiClient.get<Clinic>('/api/clinic');
}

export const clinicQueryOptions = () =>
  queryOptions({
    queryKey: clinicQueryKey,
    queryFn: getClinic,
    meta: { keepAcrossSessions: true },
  });

export function useClinic() {
  return useQuery(clinicQueryOptions());
}
