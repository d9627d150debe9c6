/**
 * The token of an emailed link, which travels after `#token=` so that no server, proxy or log
 * ever sees it. Once read it is taken out of the address bar, out of sight and history.
 */
export function takeLinkToken(): string {
  const params = new URLSearchParams(globalThis.location?.hash.replace(/^#/, '') ?? '');
  const token = params.get('token') ?? '';
  if (token && globalThis.history) {
    globalThis.history.replaceState(null, '', globalThis.location.pathname);
  }
  return token;
}
