import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { servicesQueryKey } from './get-services';

/** The server answers 409 when appointments use the service; deactivating is the way out. */
export function deleteService(id: number): Promise<void> {
  return apiClient.delete(`/api/services/${id}`);
}

export function useDeleteService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteService,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicesQueryKey }),
  });
}
