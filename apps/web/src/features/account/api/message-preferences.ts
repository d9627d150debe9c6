import type { UpdateMessagePreferencesRequest } from '@clinic/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Camelize } from '../../../lib/camel-case';
import type { MessagePreferences } from '../../../types/api';

const preferencesKey = (userId: number) => ['users', userId, 'message-preferences'] as const;

export function useMessagePreferences(userId: number) {
  return useQuery({
    queryKey: preferencesKey(userId),
    queryFn: ({ signal }) =>
      apiClient.get<MessagePreferences>(`/api/users/${userId}/message-preferences`, { signal }),
  });
}

export function useUpdateMessagePreferences(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Camelize<UpdateMessagePreferencesRequest>) =>
      apiClient.patch<MessagePreferences>(`/api/users/${userId}/message-preferences`, change),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey(userId), saved),
  });
}
