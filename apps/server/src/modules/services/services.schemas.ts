import { z } from 'zod';
import type { ServiceRow } from '../../db/schema.ts';

/** Prices travel as decimal strings ("80.00") and are kept as integer cents, never floats. */
export const priceField = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{1,7}(\.\d{1,2})?$/.test(v), 'Enter a price such as 80 or 80.00.')
  .transform((v) => {
    const [whole = '0', fraction = ''] = v.split('.');
    return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  });

export function formatPrice(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

const durationField = z
  .number()
  .int('Use whole minutes.')
  .min(5, 'At least 5 minutes.')
  .max(480, 'At most 8 hours.');

export const serviceWire = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  duration_minutes: z.number().int(),
  price: z.string(),
  is_active: z.boolean(),
});

export function toServiceWire(row: ServiceRow): z.infer<typeof serviceWire> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    duration_minutes: row.durationMinutes,
    price: formatPrice(row.priceCents),
    is_active: row.isActive === 1,
  };
}

export const createServiceBody = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(120),
  description: z.string().trim().max(2000).default(''),
  duration_minutes: durationField,
  price: priceField,
  is_active: z.boolean().default(true),
});

export const updateServiceBody = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(120).optional(),
  description: z.string().trim().max(2000).optional(),
  duration_minutes: durationField.optional(),
  price: priceField.optional(),
  is_active: z.boolean().optional(),
});

export const serviceIdParams = z.object({ id: z.coerce.number().int().positive() });
