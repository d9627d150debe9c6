import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Language } from '../../../lib/language';
import { startSession } from '../../../lib/session';
import type { SessionResponse } from '../../../types/api';

export interface RegisterInput {
  name: string;
  email: string;
  phone?: string;
  password: string;
  language?: Language | undefined;
}

export function register(input: RegisterInput): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/api/auth/register', input);
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}
