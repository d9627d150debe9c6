import { isApiError } from '../../../lib/api-error';

/** The server's messages about the period, for the From and To fields. */
export interface ReportRangeErrors {
  from?: string;
  to?: string;
}

/**
 * What the server said about the days it refused (not a real date, From after To, a period
 * over a year), keyed by field; null when the failure is about something else.
 */
export function reportRangeErrors(error: unknown): ReportRangeErrors | null {
  if (!isApiError(error, 400)) return null;
  const { dateFrom, dateTo } = error.fieldErrors;
  if (dateFrom === undefined && dateTo === undefined) return null;
  return {
    ...(dateFrom === undefined ? {} : { from: dateFrom }),
    ...(dateTo === undefined ? {} : { to: dateTo }),
  };
}
