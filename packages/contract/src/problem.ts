import { z } from 'zod';

/** Every 4xx/5xx answer (RFC 9457), with a machine-readable `code` and per-field `errors`. */
export const problemWire = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.record(z.string(), z.string()).optional(),
});
export type ProblemWire = z.output<typeof problemWire>;
