import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';
import type { SessionResponse, SetupBody } from '../../../types/api';
import { type SetupStatus, setupStatusQueryKey } from './get-setup-status';

export type SetupInput = SetupBody;

export function completeSetup(input: SetupInput): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/api/setup', input);
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeSetup,
    onSuccess: ({ user }) => {
      queryClient.setQueryData<SetupStatus>(setupStatusQueryKey, { needsSetup: false });
      startSession(queryClient, user);
    },
    onError: () => queryClient.invalidateQueries({ queryKey: setupStatusQueryKey }),
  });
}
