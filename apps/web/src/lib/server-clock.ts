/** Below this, a difference is the Date header's rounding and the request's travel time. */
const IGNORED_SKEW_MS = 5_000;

let offsetMs = 0;

/**
 * Learns how far this device's clock is from the server's, from a response's `Date` header.
 * A front-desk computer whose clock drifted a day would otherwise show the wrong "today" and
 * offer times the server then refuses as past.
 */
export function noteServerDate(header: string | null, receivedAt = Date.now()): void {
  if (!header) return;
  const server = Date.parse(header);
  if (Number.isNaN(server)) return;
  // The header is cut to the whole second: the server's time lay somewhere in the next 1,000 ms.
  const skew = server + 500 - receivedAt;
  offsetMs = Math.abs(skew) < IGNORED_SKEW_MS ? 0 : skew;
}

/** Now by the server's clock, as closely as its Date headers tell. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}
