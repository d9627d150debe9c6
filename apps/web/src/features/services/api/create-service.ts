import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CreateServiceBody, Service } from '../../../types/api';
import { servicesQueryKey } from './get-services';

/** Who performs a service and the time kept free after it; optional until every server sends them. */
export interface ServiceScheduleFields {
  bufferAfterMinutes: number;
  /** The dentists who perform it; empty means every dentist. */
  dentists: number[];
}
export type ScheduledService = Service & Partial<ServiceScheduleFields>;
export type ServiceInput = CreateServiceBody & Partial<ServiceScheduleFields>;

export function createService(input: ServiceInput): Promise<Service> {
  return apiClient.post<Service>('/api/services', input);
}

export function useCreateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createService,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicesQueryKey }),
  });
}
