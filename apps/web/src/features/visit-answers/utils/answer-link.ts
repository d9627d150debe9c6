import type { VisitAnswerChoice } from '../api/visit-answers';

/**
 * The token and the answer a link from a message carries after `#`
 * (`#token=…&answer=attend`), where no server, proxy or log ever sees them. Once read they
 * are taken out of the address bar, out of sight and history.
 */
export function takeAnswerLink(): { token: string; hint: VisitAnswerChoice | null } {
  const params = new URLSearchParams(globalThis.location?.hash.replace(/^#/, '') ?? '');
  const token = params.get('token') ?? '';
  const answer = params.get('answer');
  if (token && globalThis.history) {
    globalThis.history.replaceState(null, '', globalThis.location.pathname);
  }
  return { token, hint: answer === 'attend' || answer === 'cancel' ? answer : null };
}
