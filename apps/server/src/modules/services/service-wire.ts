import type { ServiceWire } from '@clinic/contract';
import type { ServiceRow } from '../../db/schema.ts';

export function formatPrice(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

export function toServiceWire(row: ServiceRow): ServiceWire {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    duration_minutes: row.durationMinutes,
    price: formatPrice(row.priceCents),
    is_active: row.isActive === 1,
  };
}
