import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Service, UpdateServiceBody } from '../../../types/api';
import { servicesQueryKey } from './get-services';

export function updateService(id: number, input: UpdateServiceBody): Promise<Service> {
  return apiClient.patch<Service>(`/api/services/${id}`, input);
}

export function useUpdateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateServiceBody }) =>
      updateService(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicesQueryKey }),
  });
}
