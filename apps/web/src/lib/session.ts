import type { QueryClient } from '@tanstack/react-query';
import type { Role, User } from '../types/api';

/** The signed-in user, or null when there is no session. Guards read it to decide where to go. */
export const meQueryKey = ['auth', 'me'] as const;

export function dashboardPath(role: Role): string {
  return `/${role}`;
}

/**
 * A new session must never show data cached for the previous one. Queries that hold nothing
 * personal say so with `meta.keepAcrossSessions`; the `me` query is overwritten in place so that
 * the guards observing it re-render.
 */
export function startSession(queryClient: QueryClient, user: User): void {
  queryClient.removeQueries({
    predicate: (query) => !query.meta?.keepAcrossSessions && query.queryKey[0] !== meQueryKey[0],
  });
  queryClient.setQueryData(meQueryKey, user);
}

/** Route guards react to the missing user by sending the browser to /login. */
export function endSession(queryClient: QueryClient): void {
  queryClient.setQueryData(meQueryKey, null);
}
