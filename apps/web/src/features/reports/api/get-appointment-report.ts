import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { AppointmentReport } from '../../../types/api';

export interface ReportFilter {
  /** Clinic days, `YYYY-MM-DD`, both inclusive; left out, the server reports the last 4 weeks. */
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
}

/** The root of every report query, whatever its period. */
export const reportsQueryKey = ['reports'] as const;

export function getAppointmentReport(
  filter: ReportFilter,
  signal?: AbortSignal,
): Promise<AppointmentReport> {
  return apiClient.get<AppointmentReport>('/api/reports/appointments', {
    params: { ...filter },
    signal,
  });
}

export const appointmentReportQueryOptions = (filter: ReportFilter) =>
  queryOptions({
    queryKey: [...reportsQueryKey, 'appointments', filter] as const,
    queryFn: ({ signal }) => getAppointmentReport(filter, signal),
    // Live events refresh the report only while its page is open; coming back to it asks again.
    staleTime: 0,
    // Keeps the last figures on screen, with the period they cover, while another period loads.
    placeholderData: keepPreviousData,
  });

/** Owner only: the API refuses everyone else. */
export function useAppointmentReport(filter: ReportFilter) {
  return useQuery(appointmentReportQueryOptions(filter));
}
