import { queryOptions, useQuery } from '@tanstack/react-query';
import { getClinic } from './public-clinic';

export { getClinic };

export const clinicQueryKey = ['clinic'] as const;

export const clinicQueryOptions = () =>
  queryOptions({
    queryKey: clinicQueryKey,
    queryFn: getClinic,
    meta: { keepAcrossSessions: true },
  });

export function useClinic() {
  return useQuery(clinicQueryOptions());
}
