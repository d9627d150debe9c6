import {
  hashKey,
  MutationCache,
  QueryCache,
  QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { isApiError } from './api-error';
import { endSession, meQueryKey, onSessionStart } from './session';
import type { SharedValue } from './shared-value';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /** True for queries that hold nothing personal, such as the clinic's public details. */
      keepAcrossSessions?: boolean;
    };
  }
}

function isClientError(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500;
}

export function createQueryClient(): QueryClient {
  // A 401 anywhere means the session expired or was revoked (e.g. the account was deactivated).
  const onError = (error: unknown) => {
    if (isApiError(error, 401)) endSession();
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a refusal only delays the message the user needs to see.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
    },
  });
  // The user is overwritten in place by the session value, so that the guards re-render.
  onSessionStart(() =>
    queryClient.removeQueries({
      predicate: (query) => !query.meta?.keepAcrossSessions && query.queryKey[0] !== meQueryKey[0],
    }),
  );
  return queryClient;
}

/**
 * Keeps a query of the cache and a value the signed-out pages share in step, both ways: the
 * query starts from what is known, and whatever the query learns (a refetch, `setQueryData`
 * after a change) reaches the guards and the sign-in pages.
 */
export function linkToQueryCache<T>(
  queryClient: QueryClient,
  queryKey: QueryKey,
  value: SharedValue<T>,
): void {
  const queryHash = hashKey(queryKey);
  const toCache = () => {
    const { data } = value.get();
    if (data !== undefined && queryClient.getQueryData(queryKey) !== data) {
      queryClient.setQueryData(queryKey, data);
    }
  };
  toCache();
  value.subscribe(toCache);
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (event.query.queryHash !== queryHash) return;
    const data = event.query.state.data as T | undefined;
    if (data !== undefined) value.set(data);
  });
}
