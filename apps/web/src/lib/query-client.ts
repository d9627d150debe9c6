import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { endSession } from './session';

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
    if (isApiError(error, 401)) endSession(queryClient);
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
  return queryClient;
}
