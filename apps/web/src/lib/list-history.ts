import type { NavigateOptions } from 'react-router';

/**
 * How a change of a list's view enters the browser's history. Turning a page is a step the
 * reader expects Back to undo, so it adds an entry; a filter replaces the current one, so Back
 * leaves the page instead of replaying every keystroke.
 */
export function listNavigation(change: object): NavigateOptions {
  return 'page' in change ? {} : { replace: true };
}
