import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Language } from '../../../lib/language';
import { meQueryKey } from '../../../lib/session';
import type { User } from '../../../types/api';

/** Keeps the signed-in person's language on their account, so every device and email follows. */
export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, language }: { userId: number; language: Language }) =>
      apiClient.patch<User>(`/api/users/${userId}`, { language }),
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
