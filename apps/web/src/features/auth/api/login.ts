import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';
import type { LoginBody, SessionResponse } from '../../../types/api';

export type LoginInput = LoginBody;

export function login(input: LoginInput): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/api/auth/login', input);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}
