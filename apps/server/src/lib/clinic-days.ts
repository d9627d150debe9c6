import {
  daysInRange,
  FIRST_CLINIC_DATE,
  isClinicDate,
  isRealDate,
  LAST_CLINIC_DATE,
} from '@clinic/domain';
import { z } from 'zod';
import { badRequest } from './errors.ts';

/**
 * A clinic day as the API accepts it, in a query or a body: a real `YYYY-MM-DD` date within
 * the span the product handles. Every date parameter uses it, so no route passes a date at the
 * far ends of the calendar on to date arithmetic, and so to a runaway loop or a 500.
 */
export const clinicDayField = z.string().superRefine((value, ctx) => {
  if (!isRealDate(value)) {
    ctx.addIssue({ code: 'custom', message: 'Enter a real date as YYYY-MM-DD.' });
  } else if (!isClinicDate(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `Choose a date from ${FIRST_CLINIC_DATE} to ${LAST_CLINIC_DATE}.`,
    });
  }
});

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
