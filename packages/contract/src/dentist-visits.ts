import { z } from 'zod';
import { appointmentWire } from './appointments.ts';

export const dentistVisitsWire = z.object({
  count: z.number().int().describe('How many visits of the dentist still hold a slot from now on.'),
  results: z
    .array(appointmentWire)
    .describe('The first of them, earliest first (at most 50), to show before deciding.'),
});
export type DentistVisitsWire = z.output<typeof dentistVisitsWire>;

export const handOverVisitsBody = z
  .discriminatedUnion('action', [
    z.object({
      action: z.literal('reassign'),
      to: z
        .number()
        .int()
        .positive()
        .describe('The active dentist to take the visits; each must be free at its time.'),
    }),
    z.object({
      action: z.literal('cancel'),
      reason: z
        .string()
        .trim()
        .min(1, 'Say why, for the patients and the history.')
        .max(500, 'Keep the reason under 500 characters.')
        .describe('Kept in each visit’s history; patients are told as for any cancellation.'),
    }),
  ])
  .describe('What to do with every coming visit of a dentist, one visit at a time.');
export type HandOverVisitsBody = z.output<typeof handOverVisitsBody>;
export type HandOverVisitsRequest = z.input<typeof handOverVisitsBody>;

const visitOutcome = z.object({
  id: z.number().int(),
  patient_name: z.string(),
  date: z.string(),
  time: z.string(),
});

export const handOverVisitsWire = z.object({
  action: z.enum(['reassign', 'cancel']),
  done: z.array(visitOutcome).describe('Visits moved to the other dentist, or cancelled.'),
  failed: z
    .array(
      visitOutcome.extend({
        code: z.string().describe('The problem code this visit met, e.g. `double_booking`.'),
        detail: z.string(),
      }),
    )
    .describe('Visits left as they were, with the reason; each can be handled on its own.'),
});
export type HandOverVisitsWire = z.output<typeof handOverVisitsWire>;

export const dentistIdParams = z.object({ id: z.coerce.number().int().positive() });
