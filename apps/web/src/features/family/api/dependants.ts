import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CreateDependantBody, User } from '../../../types/api';

/** The signed-in patient's dependants: the people they book for. */
export const dependantsQueryKey = ['users', 'me', 'dependants'] as const;

export function getDependants(signal?: AbortSignal): Promise<User[]> {
  return apiClient.get<User[]>('/api/users/me/dependants', { signal });
}

export function useDependants({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dependantsQueryKey,
    queryFn: ({ signal }) => getDependants(signal),
    enabled,
  });
}

export function useAddDependant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDependantBody) =>
      apiClient.post<User>('/api/users/me/dependants', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dependantsQueryKey }),
  });
}
