import type { HandOverResult, HandOverVisitsBody } from '../../../types/api';

/** What the owner chose to do with a leaving dentist's coming visits. */
export interface HandOverChoice {
  action: 'reassign' | 'cancel' | 'leave';
  /** The dentist to take them, as the select's value. */
  to: string | null;
  reason: string;
}

export const LEAVE_THEM: HandOverChoice = { action: 'leave', to: null, reason: '' };

/**
 * The request to send for a choice, or the field the owner still has to fill in; null when
 * the visits are left as they are.
 */
export function handOverRequest(
  choice: HandOverChoice,
): { body: HandOverVisitsBody } | { missing: 'to' | 'reason' } | null {
  if (choice.action === 'leave') return null;
  if (choice.action === 'reassign') {
    return choice.to ? { body: { action: 'reassign', to: Number(choice.to) } } : { missing: 'to' };
  }
  const reason = choice.reason.trim();
  return reason ? { body: { action: 'cancel', reason } } : { missing: 'reason' };
}

/** Whether the hand-over left visits behind that need handling one by one. */
export function leftBehind(result: HandOverResult | null): HandOverResult['failed'] {
  return result?.failed ?? [];
}
