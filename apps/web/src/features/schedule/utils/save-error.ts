import { isApiError } from '../../../lib/api-error';

/**
 * What a refused save of a weekly pattern or an exception means for its dialog:
 * - `gone`: someone deleted it meanwhile (404); there is nothing left to edit.
 * - `conflict`: it clashes with what is there now (409, or 412 for a stale copy); the person
 *   changes the field the server names and saves again.
 * - `fields`: the server named the fields it refuses (400).
 * - `other`: a refusal (403) or a failure the dialog can only report.
 */
export type SaveErrorOutcome = 'gone' | 'conflict' | 'fields' | 'other';

export function saveErrorOutcome(error: unknown): SaveErrorOutcome {
  if (isApiError(error, 404)) return 'gone';
  if (isApiError(error, 409) || isApiError(error, 412)) return 'conflict';
  if (isApiError(error, 400) && Object.keys(error.fieldErrors).length > 0) return 'fields';
  return 'other';
}

/** The list the change was made from no longer matches the server's. */
export function isStaleRefusal(error: unknown): boolean {
  const outcome = saveErrorOutcome(error);
  return outcome === 'gone' || outcome === 'conflict';
}
