import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import type { UpdateUserBody, User } from '../../../types/api';
import { usersQueryKey } from './get-users';

/** `currentPassword` is required when the signed-in user changes their own password. */
export type UpdateUserInput = UpdateUserBody;

export function updateUser(id: number, input: UpdateUserInput): Promise<User> {
  return apiClient.patch<User>(`/api/users/${id}`, input);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: (user) => {
      // Editing oneself must show at once in the header and on the profile page.
      queryClient.setQueryData<User | null>(meQueryKey, (me) => (me?.id === user.id ? user : me));
      return queryClient.invalidateQueries({ queryKey: usersQueryKey });
    },
  });
}
