import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Appointment, AppointmentStatus, Paged } from '../../../types/api';
import { descendingWindow } from '../utils/descending-window';

export type AppointmentSort = 'asc' | 'desc';

export interface AppointmentsFilter {
  status?: readonly AppointmentStatus[];
  /** A dentist's id, or 'none' for appointments no dentist is assigned to. */
  dentist?: number | 'none';
  patient?: number;
  service?: number;
  dateFrom?: string;
  dateTo?: string;
  search?: string;
  page: number;
  pageSize: number;
  /** By date and time; the server itself only orders ascending. */
  sort?: AppointmentSort;
}

/** The root of every appointment query: lists, details and histories. */
export const appointmentsQueryKey = ['appointments'] as const;
/** The root of every appointment list, whatever its filter. */
export const appointmentListsQueryKey = [...appointmentsQueryKey, 'list'] as const;

type ListParams = Omit<AppointmentsFilter, 'page' | 'pageSize' | 'sort' | 'status'> & {
  status?: string;
};

function toParams({ page: _p, pageSize: _s, sort: _o, status, ...rest }: AppointmentsFilter) {
  const params: ListParams = { ...rest };
  if (status && status.length > 0) params.status = status.join(',');
  return params;
}

function getPage(
  params: ListParams,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<Paged<Appointment>> {
  return apiClient.get<Paged<Appointment>>('/api/appointments', {
    params: { ...params, page, pageSize },
    signal,
  });
}

export async function getAppointments(
  filter: AppointmentsFilter,
  signal?: AbortSignal,
): Promise<Paged<Appointment>> {
  const params = toParams(filter);
  if (filter.sort !== 'desc') return getPage(params, filter.page, filter.pageSize, signal);
  // Counting first, then cutting the page from the end of the ascending list.
  const { count } = await getPage(params, 1, 1, signal);
  const window = descendingWindow(count, filter.page, filter.pageSize);
  const pages = await Promise.all(
    window.serverPages.map((page) => getPage(params, page, filter.pageSize, signal)),
  );
  const results = pages
    .flatMap((page) => page.results)
    .slice(window.start, window.end)
    .reverse();
  return { count: pages.at(-1)?.count ?? count, next: null, previous: null, results };
}

export const appointmentsQueryOptions = (filter: AppointmentsFilter) =>
  queryOptions({
    queryKey: [...appointmentListsQueryKey, filter] as const,
    queryFn: ({ signal }) => getAppointments(filter, signal),
    // Keeps the current page on screen while the next page or filter result loads.
    placeholderData: keepPreviousData,
  });

export function useAppointments(filter: AppointmentsFilter) {
  return useQuery(appointmentsQueryOptions(filter));
}
