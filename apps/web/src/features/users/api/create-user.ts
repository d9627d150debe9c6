import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Role, User } from '../../../types/api';
import { usersQueryKey } from './get-users';

export interface CreateUserInput {
  name: string;
  email: string;
  phone?: string;
  role: Exclude<Role, 'owner'>;
  isDentist?: boolean;
  password?: string;
}

export function createUser(input: CreateUserInput): Promise<User> {
  return apiClient.post<User>('/api/users', input);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
