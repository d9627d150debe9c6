import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ComingVisits, HandOverResult, HandOverVisitsBody } from '../../../types/api';
import { appointmentsQueryKey } from '../../appointments';

const comingVisitsKey = (dentistId: number) =>
  [...appointmentsQueryKey, 'coming-of-dentist', dentistId] as const;

/** A dentist's visits that hold a slot and have not begun: what deactivating them leaves. */
export function useComingVisits(dentistId: number, enabled: boolean) {
  return useQuery({
    queryKey: comingVisitsKey(dentistId),
    queryFn: ({ signal }) =>
      apiClient.get<ComingVisits>(`/api/users/${dentistId}/future-visits`, { signal }),
    enabled,
  });
}

/** Moves or cancels every coming visit of a dentist; the answer says which could not be. */
export function useHandOverVisits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ dentistId, request }: { dentistId: number; request: HandOverVisitsBody }) =>
      apiClient.post<HandOverResult>(`/api/users/${dentistId}/future-visits`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appointmentsQueryKey }),
  });
}
