import type { AvailabilityWire, NearestSlotWire } from '@clinic/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Camelize } from '../../../lib/camel-case';
import { availabilityQueryKey } from './query-keys';

export type Availability = Camelize<AvailabilityWire>;
export type AvailableSlot = Availability['days'][number]['slots'][number];
export type DatedSlot = Camelize<NearestSlotWire>;

export interface AvailabilityParams {
  service: number;
  /** A dentist's id, or `any`: every dentist who performs the service. */
  dentist: number | 'any';
  dateFrom: string;
  dateTo: string;
  /** An appointment being moved, which must not block its own time. */
  excludeAppointment?: number | undefined;
}

export function getAvailability(
  params: AvailabilityParams,
  signal?: AbortSignal,
): Promise<Availability> {
  return apiClient.get<Availability>('/api/availability', { params: { ...params }, signal });
}

export const availabilityQueryOptions = (params: AvailabilityParams) =>
  queryOptions({
    queryKey: [...availabilityQueryKey, 'range', params] as const,
    queryFn: ({ signal }) => getAvailability(params, signal),
    // Free times go quickly; a picker left open asks again rather than trusting an old answer.
    staleTime: 0,
  });

/** Null while the form lacks what the question needs (a service, a day). */
export function useAvailability(params: AvailabilityParams | null) {
  return useQuery({
    ...availabilityQueryOptions(params ?? { service: 0, dentist: 'any', dateFrom: '', dateTo: '' }),
    enabled: params !== null,
    // The month on screen stays while the next one loads, so the calendar does not flash.
    placeholderData: keepPreviousData,
  });
}

export type NextAvailableParams = Omit<AvailabilityParams, 'dateTo'>;

export function getNextAvailable(
  params: NextAvailableParams,
  signal?: AbortSignal,
): Promise<DatedSlot | null> {
  return apiClient
    .get<{ slot: DatedSlot | null }>('/api/availability/next', { params: { ...params }, signal })
    .then((answer) => answer.slot);
}

export const nextAvailableQueryOptions = (params: NextAvailableParams) =>
  queryOptions({
    queryKey: [...availabilityQueryKey, 'next', params] as const,
    queryFn: ({ signal }) => getNextAvailable(params, signal),
    staleTime: 0,
  });

export function useNextAvailable(params: NextAvailableParams | null) {
  return useQuery({
    ...nextAvailableQueryOptions(params ?? { service: 0, dentist: 'any', dateFrom: '' }),
    enabled: params !== null,
  });
}
