import type { ServiceWire } from '@clinic/contract';
import type { ServiceRow } from '../../db/schema.ts';

export function formatPrice(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** `dentists`: who performs it, by id in ascending order; empty for every dentist. */
export function toServiceWire(row: ServiceRow, dentists: number[]): ServiceWire {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    duration_minutes: row.durationMinutes,
    price: formatPrice(row.priceCents),
    is_active: row.isActive === 1,
    buffer_after_minutes: row.bufferAfterMinutes,
    dentists,
  };
}
