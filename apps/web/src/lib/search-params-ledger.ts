/**
 * The search params a page changes next. React Router hands a functional update the params of
 * the last render, so two changes made before the page renders again (a From and a To date
 * typed in quick succession on a busy machine) would each start from the same old params and
 * the second would undo the first. The ledger remembers what was written until the URL shows
 * it; a URL that changes by other means (Back, a link) wins over what was written.
 */
export function createSearchParamsLedger(initial: URLSearchParams) {
  let rendered = initial;
  let written = initial;
  return {
    /** Called on every render with the URL's params. */
    rendered(params: URLSearchParams): void {
      if (params === rendered) return;
      rendered = params;
      written = params;
    },
    /** Applies `change` to the latest params, written but not yet rendered ones included. */
    write(change: (current: URLSearchParams) => URLSearchParams): URLSearchParams {
      written = change(new URLSearchParams(written));
      return written;
    },
  };
}
