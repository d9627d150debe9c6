import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { endSession } from '../../../lib/session';

export function logout(): Promise<void> {
  return apiClient.post<void>('/api/auth/logout');
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSuccess: () => endSession(),
  });
}
