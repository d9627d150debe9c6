import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';
import type { RegisterBody, SessionResponse } from '../../../types/api';

export type RegisterInput = RegisterBody;

export function register(input: RegisterInput): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/api/auth/register', input);
}

export function useRegister() {
  return useMutation({
    mutationFn: register,
    onSuccess: ({ user }) => startSession(user),
  });
}
