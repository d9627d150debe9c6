import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { PatientRecord } from '../../../types/api';

/** Whether an address's id can name anyone at all; others are not asked about. */
export function isPatientId(id: number): boolean {
  return Number.isInteger(id) && id > 0;
}

export const patientRecordQueryKey = (id: number) => ['patients', id, 'record'] as const;

export function getPatientRecord(id: number, signal?: AbortSignal): Promise<PatientRecord> {
  return apiClient.get<PatientRecord>(`/api/patients/${id}/record`, { signal });
}

/**
 * The record as it was when the page opened. Each request is an audited opening, so it is not
 * asked again on focus or after a while; edits update it in place, and leaving the page drops
 * it, so that coming back is a new opening.
 */
export const patientRecordQueryOptions = (id: number) =>
  queryOptions({
    queryKey: patientRecordQueryKey(id),
    queryFn: ({ signal }) => getPatientRecord(id, signal),
    enabled: isPatientId(id),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export function usePatientRecord(id: number) {
  return useQuery(patientRecordQueryOptions(id));
}
