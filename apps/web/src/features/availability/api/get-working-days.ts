import type { WorkingDaysWire } from '@clinic/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Camelize } from '../../../lib/camel-case';
import { workingDaysQueryKey } from './query-keys';

export type WorkingDays = Camelize<WorkingDaysWire>;
export type WorkingDay = WorkingDays['days'][number];

export interface WorkingDaysRange {
  dateFrom: string;
  dateTo: string;
  dentist?: number | undefined;
}

export const workingDaysQueryOptions = (range: WorkingDaysRange) =>
  queryOptions({
    queryKey: [...workingDaysQueryKey, range] as const,
    queryFn: ({ signal }) =>
      apiClient.get<WorkingDays>('/api/working-days', { params: { ...range }, signal }),
    placeholderData: keepPreviousData,
  });

/** Owner and staff only. Null until the calendar has said which days it shows. */
export function useWorkingDays(range: WorkingDaysRange | null) {
  return useQuery({
    ...workingDaysQueryOptions(range ?? { dateFrom: '', dateTo: '' }),
    enabled: range !== null,
  });
}
