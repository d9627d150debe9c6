import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Language } from '../../../lib/language';
import { sessionUser } from '../../../lib/session';
import type { User } from '../../../types/api';

/** Keeps the signed-in person's language on their account, so every device and email follows. */
export function useSaveLanguage() {
  return useMutation({
    mutationFn: ({ userId, language }: { userId: number; language: Language }) =>
      apiClient.patch<User>(`/api/users/${userId}`, { language }),
    onSuccess: (user) => sessionUser.set(user),
  });
}
