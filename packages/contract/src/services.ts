import { MAX_BUFFER_MINUTES } from '@clinic/domain';
import { z } from 'zod';

/** Prices travel as decimal strings ("80.00") and are kept as integer cents, never floats. */
export const priceField = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{1,7}(\.\d{1,2})?$/.test(v), 'Enter a price such as 80 or 80.00.')
  .transform((v) => {
    const [whole = '0', fraction = ''] = v.split('.');
    return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  });

const bufferField = z
  .number()
  .int('Use whole minutes.')
  .min(0, 'At least 0 minutes.')
  .max(MAX_BUFFER_MINUTES, `At most ${MAX_BUFFER_MINUTES} minutes.`);
const dentistsField = z
  .array(z.number().int().positive())
  .max(200)
  .transform((ids) => [...new Set(ids)].sort((a, b) => a - b));

const durationField = z
  .number()
  .int('Use whole minutes.')
  .min(5, 'At least 5 minutes.')
  .max(480, 'At most 8 hours.');

export const serviceWire = z.object({
  id: z.number().int(),
  name: z.string(),
  /** '' when none was given: never null. */
  description: z.string(),
  duration_minutes: z.number().int(),
  /** A decimal string in the clinic's currency, such as "80.00". */
  price: z.string(),
  is_active: z.boolean(),
  buffer_after_minutes: z
    .number()
    .int()
    .describe('Chair time kept free after each visit (cleaning, preparation).'),
  dentists: z
    .array(z.number().int())
    .describe('The dentists who perform it, by id; empty means every dentist.'),
});
export type ServiceWire = z.output<typeof serviceWire>;

export const createServiceBody = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(120),
  description: z.string().trim().max(2000).default(''),
  duration_minutes: durationField,
  price: priceField,
  is_active: z.boolean().default(true),
  buffer_after_minutes: bufferField.default(0),
  dentists: dentistsField.default([]).describe('Active dentists; empty means every dentist.'),
});
export type CreateServiceRequest = z.input<typeof createServiceBody>;

export const updateServiceBody = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(120).optional(),
  description: z.string().trim().max(2000).optional(),
  duration_minutes: durationField.optional(),
  price: priceField.optional(),
  is_active: z.boolean().optional(),
  buffer_after_minutes: bufferField.optional(),
  dentists: dentistsField.optional().describe('Active dentists; empty means every dentist.'),
});
export type UpdateServiceRequest = z.input<typeof updateServiceBody>;

export const serviceIdParams = z.object({ id: z.coerce.number().int().positive() });
