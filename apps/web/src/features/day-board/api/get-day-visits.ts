import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Appointment, Paged } from '../../../types/api';
import { appointmentListsQueryKey } from '../../appointments';

// The API's largest page: a day of a big clinic fits on it.
const PAGE_SIZE = 200;

export function getDayVisits(date: string, signal?: AbortSignal): Promise<Appointment[]> {
  return apiClient
    .get<Paged<Appointment>>('/api/appointments', {
      params: { dateFrom: date, dateTo: date, page: 1, pageSize: PAGE_SIZE },
      signal,
    })
    .then((page) => page.results);
}

export const dayVisitsQueryOptions = (date: string) =>
  queryOptions({
    // Among the appointment lists, as a plain array, so that the shared live sync updates it
    // in place as the event stream reports each change, and refreshes it like the others.
    queryKey: [...appointmentListsQueryKey, 'day-board', date] as const,
    queryFn: ({ signal }) => getDayVisits(date, signal),
  });

/** Null until the clinic's calendar says which day today is. */
export function useDayVisits(date: string | null) {
  return useQuery({ ...dayVisitsQueryOptions(date ?? ''), enabled: date !== null });
}
