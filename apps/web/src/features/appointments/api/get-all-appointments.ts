import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Appointment, Paged } from '../../../types/api';
import { appointmentListsQueryKey } from './get-appointments';

const PAGE_SIZE = 200;
// A patient's whole record fits many times over; the cap only stops a runaway loop.
const MAX_PAGES = 10;

/**
 * Every appointment the signed-in user may list, oldest first. Meant for a patient, whose
 * list is always only their own and short enough to sort into tabs in the browser.
 */
export async function getAllAppointments(signal?: AbortSignal): Promise<Appointment[]> {
  const rows: Appointment[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await apiClient.get<Paged<Appointment>>('/api/appointments', {
      params: { page, pageSize: PAGE_SIZE },
      signal,
    });
    rows.push(...result.results);
    if (!result.next) break;
  }
  return rows;
}

export const allAppointmentsQueryOptions = () =>
  queryOptions({
    queryKey: [...appointmentListsQueryKey, 'all'] as const,
    queryFn: ({ signal }) => getAllAppointments(signal),
  });

export function useAllAppointments() {
  return useQuery(allAppointmentsQueryOptions());
}
