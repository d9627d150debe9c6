import { z } from 'zod';
import { nearestSlotWire } from './availability.ts';

/** Every 4xx/5xx answer (RFC 9457), with a machine-readable `code` and per-field `errors`. */
export const problemWire = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.record(z.string(), z.string()).optional(),
  nearest_slots: z
    .array(nearestSlotWire)
    .optional()
    .describe('With `outside_availability`: up to 3 free times nearest the refused one.'),
});
export type ProblemWire = z.output<typeof problemWire>;
