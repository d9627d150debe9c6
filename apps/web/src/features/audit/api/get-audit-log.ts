import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { AuditEntry, AuditSubject, Paged } from '../../../types/api';

export type AuditAction = AuditEntry['action'];

export interface AuditFilter {
  /** Changes to appointments, accounts, services or the clinic only. */
  subject?: AuditSubject;
  /** The user who made the change. */
  actor?: number;
  action?: AuditAction;
  appointment?: number;
  /** Clinic days, `YYYY-MM-DD`, both inclusive. */
  dateFrom?: string;
  dateTo?: string;
  page: number;
  pageSize: number;
}

/** The root of every audit log query, whatever its filter. */
export const auditQueryKey = ['audit'] as const;

export function getAuditLog(filter: AuditFilter, signal?: AbortSignal): Promise<Paged<AuditEntry>> {
  return apiClient.get<Paged<AuditEntry>>('/api/audit', { params: { ...filter }, signal });
}

export const auditLogQueryOptions = (filter: AuditFilter) =>
  queryOptions({
    queryKey: [...auditQueryKey, filter] as const,
    queryFn: ({ signal }) => getAuditLog(filter, signal),
    // Live events refresh the log only while its page is open; coming back to it asks again.
    staleTime: 0,
    // Keeps the current page on screen while the next page or filter result loads.
    placeholderData: keepPreviousData,
  });

/** Owner only: the API refuses everyone else. */
export function useAuditLog(filter: AuditFilter) {
  return useQuery(auditLogQueryOptions(filter));
}
