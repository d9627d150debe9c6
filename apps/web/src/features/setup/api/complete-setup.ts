import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';
import type { SessionResponse, SetupBody } from '../../../types/api';
import { setupStatus } from './get-setup-status';

export type SetupInput = SetupBody;

export function completeSetup(input: SetupInput): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/api/setup', input);
}

export function useCompleteSetup() {
  return useMutation({
    mutationFn: completeSetup,
    onSuccess: ({ user }) => {
      setupStatus.set({ needsSetup: false });
      startSession(user);
    },
    // Perhaps someone else finished setting up meanwhile.
    onError: () => void setupStatus.load(),
  });
}
