import { describeError, isApiError } from '../../../lib/api-error';

/**
 * The server's reason when it refused a time as outside the free times (it names the nearest
 * free ones), to show beside the form; null for any other failure.
 */
export function outsideAvailabilityMessage(error: unknown): string | null {
  return isApiError(error, 409) && error.code === 'outside_availability'
    ? describeError(error)
    : null;
}
