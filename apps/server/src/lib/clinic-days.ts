import { daysInRange } from '@clinic/domain';
import { badRequest } from './errors.ts';

/**
 * Refuses a period that ends before it starts, or that spans more than `maxDays` days;
 * `what` names the period in the message ("A report").
 */
export function checkDayRange(from: string, to: string, maxDays: number, what: string): void {
  if (from > to) {
    throw badRequest('The period must start before it ends.', {
      date_from: 'Choose a day on or before the last day.',
    });
  }
  if (daysInRange(from, to) > maxDays) {
    const message = `${what} covers at most ${maxDays} days.`;
    throw badRequest(message, { date_from: message });
  }
}
