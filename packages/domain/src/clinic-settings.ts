/**
 * How many pending requests one patient may hold at once. At least one, or a patient could
 * never ask; at most 50, since the limit is there to keep one account from flooding the front
 * desk's queue. No "unlimited": a clinic that wants room sets 50.
 */
export const OPEN_REQUESTS_LIMIT = { min: 1, max: 50, default: 3 } as const;

/** True for a whole number of open requests the clinic may allow. */
export function isValidMaxOpenRequests(value: number): boolean {
  return (
    Number.isInteger(value) && value >= OPEN_REQUESTS_LIMIT.min && value <= OPEN_REQUESTS_LIMIT.max
  );
}
