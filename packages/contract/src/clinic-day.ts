import { FIRST_CLINIC_DATE, isClinicDate, isRealDate, LAST_CLINIC_DATE } from '@clinic/domain';
import { z } from 'zod';

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
