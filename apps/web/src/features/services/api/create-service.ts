import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CreateServiceBody, Service } from '../../../types/api';
import { servicesQueryKey } from './get-services';

export type ServiceInput = CreateServiceBody;

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
