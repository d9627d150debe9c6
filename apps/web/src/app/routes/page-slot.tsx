import { Suspense, useReducer } from 'react';
import { PageLoader } from '../../components/ui/page-loader';
import type { ReloadablePage } from '../../lib/reloadable-page';
import { PageLoadBoundary } from './page-load-boundary';

/**
 * A page loaded on demand, inside its layout. Moving to a page not yet loaded keeps the current
 * one on screen meanwhile (navigations are transitions); the loader shows only where nothing
 * was on screen before. A page whose code could not be fetched says so in its place.
 */
export function PageSlot({ page }: { page: ReloadablePage }) {
  const [, rerender] = useReducer((attempt: number) => attempt + 1, 0);
  const { Page } = page;
  return (
    <PageLoadBoundary
      onRetry={() => {
        page.retry();
        rerender();
      }}
    >
      <Suspense fallback={<PageLoader />}>
        <Page />
      </Suspense>
    </PageLoadBoundary>
  );
}
