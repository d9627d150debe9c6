import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { meQueryKey } from '../../../lib/session';
import type { User } from '../../../types/api';

/** Not being signed in is an answer, not an error: it resolves to null. */
export async function getMe(): Promise<User | null> {
  try {
    return await apiClient.get<User>('/api/auth/me');
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe });

export function useMe() {
  return useQuery(meQueryOptions());
}
