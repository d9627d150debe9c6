import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { workingHoursQueryKey } from './keys';
import type { WorkingHours, WorkingHoursChanges, WorkingHoursInput } from './types';
import { useScheduleMutation } from './use-schedule-mutation';

export function getWorkingHours(dentist: number, signal?: AbortSignal): Promise<WorkingHours[]> {
  return apiClient.get<WorkingHours[]>('/api/working-hours', { params: { dentist }, signal });
}

export const workingHoursQueryOptions = (dentist: number) =>
  queryOptions({
    queryKey: [...workingHoursQueryKey, dentist] as const,
    queryFn: ({ signal }) => getWorkingHours(dentist, signal),
  });

/** A dentist's weekly patterns, each with the day it starts. */
export function useWorkingHours(dentist: number | null) {
  return useQuery({
    ...workingHoursQueryOptions(dentist ?? 0),
    enabled: dentist !== null,
  });
}

export function useCreateWorkingHours() {
  return useScheduleMutation((input: WorkingHoursInput) =>
    apiClient.post<WorkingHours>('/api/working-hours', input),
  );
}

export function useUpdateWorkingHours() {
  return useScheduleMutation(({ id, changes }: { id: number; changes: WorkingHoursChanges }) =>
    apiClient.patch<WorkingHours>(`/api/working-hours/${id}`, changes),
  );
}

export function useDeleteWorkingHours() {
  return useScheduleMutation((id: number) => apiClient.delete(`/api/working-hours/${id}`));
}
