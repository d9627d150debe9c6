import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { clinicQueryKey } from '../features/clinic/api/get-clinic';
import { publicClinic } from '../features/clinic/api/public-clinic';
import { createQueryClient, linkToQueryCache } from '../lib/query-client';
import { meQueryKey, sessionUser } from '../lib/session';
import { ClockSync } from './clock-sync';
import { DeferredNotifications } from './deferred-notifications';

// One cache for the whole visit, created with the first page that needs it (the signed-in area,
// sign-up, setup), so that the sign-in page does not download the query library.
const queryClient = createQueryClient();
linkToQueryCache(queryClient, meQueryKey, sessionUser);
linkToQueryCache(queryClient, clinicQueryKey, publicClinic);

/**
 * What the pages that change data need and the sign-in page does not: the query cache, the
 * notices they show, and the clinic's clock for the times they write.
 */
export function QueryArea({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <DeferredNotifications />
      <ClockSync />
      {children}
    </QueryClientProvider>
  );
}
