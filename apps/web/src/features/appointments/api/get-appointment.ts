import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Appointment } from '../../../types/api';
import { appointmentsQueryKey } from './get-appointments';

export const appointmentQueryKey = (id: number) => [...appointmentsQueryKey, 'detail', id] as const;

export function getAppointment(id: number, signal?: AbortSignal): Promise<Appointment> {
  return apiClient.get<Appointment>(`/api/appointments/${id}`, { signal });
}

export const appointmentQueryOptions = (id: number) =>
  queryOptions({
    queryKey: appointmentQueryKey(id),
    queryFn: ({ signal }) => getAppointment(id, signal),
  });

/** `shown` is what the caller already has (a table row), displayed until the fresh copy comes. */
export function useAppointment(id: number, shown?: Appointment) {
  return useQuery({ ...appointmentQueryOptions(id), placeholderData: shown });
}
