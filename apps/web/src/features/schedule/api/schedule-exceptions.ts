import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { scheduleExceptionsQueryKey } from './keys';
import type {
  ScheduleException,
  ScheduleExceptionChanges,
  ScheduleExceptionInput,
  ScheduleExceptionKind,
} from './types';
import { useScheduleMutation } from './use-schedule-mutation';

export interface ScheduleExceptionsFilter {
  dateFrom?: string | undefined;
  dentist?: number | undefined;
  kind?: ScheduleExceptionKind | undefined;
}

export function getScheduleExceptions(
  filter: ScheduleExceptionsFilter,
  signal?: AbortSignal,
): Promise<ScheduleException[]> {
  return apiClient.get<ScheduleException[]>('/api/schedule-exceptions', {
    params: { ...filter },
    signal,
  });
}

export const scheduleExceptionsQueryOptions = (filter: ScheduleExceptionsFilter) =>
  queryOptions({
    queryKey: [...scheduleExceptionsQueryKey, filter] as const,
    queryFn: ({ signal }) => getScheduleExceptions(filter, signal),
  });

export function useScheduleExceptions(filter: ScheduleExceptionsFilter, enabled = true) {
  return useQuery({ ...scheduleExceptionsQueryOptions(filter), enabled });
}

export function useCreateScheduleException() {
  return useScheduleMutation((input: ScheduleExceptionInput) =>
    apiClient.post<ScheduleException>('/api/schedule-exceptions', input),
  );
}

export function useUpdateScheduleException() {
  return useScheduleMutation(({ id, changes }: { id: number; changes: ScheduleExceptionChanges }) =>
    apiClient.patch<ScheduleException>(`/api/schedule-exceptions/${id}`, changes),
  );
}

export function useDeleteScheduleException() {
  return useScheduleMutation((id: number) => apiClient.delete(`/api/schedule-exceptions/${id}`));
}
