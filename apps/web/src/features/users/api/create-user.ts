import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CreateUserBody, Role, User } from '../../../types/api';
import { usersQueryKey } from './get-users';

/** The clinic has one owner, made at setup: the app only adds staff and patients. */
export type CreateUserInput = Omit<CreateUserBody, 'role'> & { role: Exclude<Role, 'owner'> };

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
