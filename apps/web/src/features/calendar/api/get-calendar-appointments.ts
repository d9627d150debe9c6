import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Appointment, Paged } from '../../../types/api';
import { appointmentListsQueryKey } from '../../appointments';

export interface CalendarRange {
  /** The first and last day shown, `YYYY-MM-DD`, both included. */
  dateFrom: string;
  dateTo: string;
  dentist?: number | undefined;
}

const PAGE_SIZE = 200;
// Six weeks of a very busy clinic; the cap only stops a runaway loop.
const MAX_PAGES = 25;

function getPage(range: CalendarRange, page: number, signal?: AbortSignal) {
  return apiClient.get<Paged<Appointment>>('/api/appointments', {
    params: { ...range, page, pageSize: PAGE_SIZE },
    signal,
  });
}

/** Every appointment in the days shown: the first page says how many more to fetch at once. */
export async function getCalendarAppointments(
  range: CalendarRange,
  signal?: AbortSignal,
): Promise<Appointment[]> {
  const first = await getPage(range, 1, signal);
  const pages = Math.min(MAX_PAGES, Math.ceil(first.count / PAGE_SIZE));
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, index) => getPage(range, index + 2, signal)),
  );
  // A booking made between two pages' reads may shift a row onto the next page as well.
  const byId = new Map<number, Appointment>();
  for (const page of [first, ...rest]) for (const row of page.results) byId.set(row.id, row);
  return [...byId.values()];
}

export const calendarAppointmentsQueryOptions = (range: CalendarRange) =>
  queryOptions({
    // Among the appointment lists, as a plain array, so that the live sync updates it in place
    // and refreshes it like every other list.
    queryKey: [...appointmentListsQueryKey, 'calendar', range] as const,
    queryFn: ({ signal }) => getCalendarAppointments(range, signal),
    // The previous days stay on screen while the next ones load; they fall outside the view.
    placeholderData: keepPreviousData,
  });

/** Null until the calendar has said which days it shows. */
export function useCalendarAppointments(range: CalendarRange | null) {
  return useQuery({
    ...calendarAppointmentsQueryOptions(range ?? { dateFrom: '', dateTo: '' }),
    enabled: range !== null,
  });
}
