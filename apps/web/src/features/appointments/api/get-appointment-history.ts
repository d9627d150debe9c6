import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { AppointmentHistoryEntry } from '../../../types/api';
import { appointmentQueryKey } from './get-appointment';

export function getAppointmentHistory(
  id: number,
  signal?: AbortSignal,
): Promise<AppointmentHistoryEntry[]> {
  return apiClient.get<AppointmentHistoryEntry[]>(`/api/appointments/${id}/history`, { signal });
}

export const appointmentHistoryQueryOptions = (id: number) =>
  queryOptions({
    // Under the appointment's own key, so that refreshing the appointment refreshes its history.
    queryKey: [...appointmentQueryKey(id), 'history'] as const,
    queryFn: ({ signal }) => getAppointmentHistory(id, signal),
  });

export function useAppointmentHistory(id: number) {
  return useQuery(appointmentHistoryQueryOptions(id));
}
