import { useRef } from 'react';
import { type NavigateOptions, useSearchParams } from 'react-router';
import { createSearchParamsLedger } from './search-params-ledger';

/**
 * useSearchParams whose functional updates each start from the latest params, so that
 * changes made in quick succession all land (see createSearchParamsLedger).
 */
export function useSearchParamsUpdater() {
  const [params, setParams] = useSearchParams();
  const ledger = useRef<ReturnType<typeof createSearchParamsLedger>>(null);
  ledger.current ??= createSearchParamsLedger(params);
  ledger.current.rendered(params);
  const update = (
    change: (current: URLSearchParams) => URLSearchParams,
    options?: NavigateOptions,
  ) => {
    if (ledger.current) setParams(ledger.current.write(change), options);
  };
  return [params, update] as const;
}
