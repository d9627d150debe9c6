import type { TransitionCheck } from './appointment-status.ts';

/**
 * Whether a patient holding `openRequests` requests (pending, not yet started) may ask for
 * one more under the clinic's `limit`. Only a patient's own requests count against it: the
 * front desk books what it has agreed with a patient, however many.
 */
export function checkOpenRequestLimit(openRequests: number, limit: number): TransitionCheck {
  if (openRequests < limit) return { allowed: true };
  const requests = limit === 1 ? 'one request' : `${limit} requests`;
  return {
    allowed: false,
    reason: `You already have ${requests} waiting for the clinic’s answer, the most the clinic allows. Wait for an answer, or cancel one you no longer need.`,
  };
}
