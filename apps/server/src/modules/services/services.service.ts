import type { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { isForeignKeyViolation } from '../../db/errors.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import * as repo from './services.repository.ts';
import type { createServiceBody, updateServiceBody } from './services.schemas.ts';

export function listServices(ctx: AppContext, includeInactive: boolean) {
  return repo.listServices(ctx.db.kysely, !includeInactive);
}

export function createService(ctx: AppContext, body: z.output<typeof createServiceBody>) {
  const now = ctx.now();
  return repo.insertService(ctx.db.kysely, {
    name: body.name,
    description: body.description,
    durationMinutes: body.duration_minutes,
    priceCents: body.price,
    isActive: body.is_active ? 1 : 0,
    createdAt: now,
    updatedAt: now,
  });
}

export async function updateService(
  ctx: AppContext,
  id: number,
  body: z.output<typeof updateServiceBody>,
) {
  const updated = await repo.updateService(ctx.db.kysely, id, {
    updatedAt: ctx.now(),
    ...(body.name !== undefined && { name: body.name }),
    ...(body.description !== undefined && { description: body.description }),
    ...(body.duration_minutes !== undefined && { durationMinutes: body.duration_minutes }),
    ...(body.price !== undefined && { priceCents: body.price }),
    ...(body.is_active !== undefined && { isActive: body.is_active ? 1 : 0 }),
  });
  if (!updated) throw notFound('Service');
  return updated;
}

/** A service that appointments still name cannot go; deactivating it hides it instead. */
export async function deleteService(ctx: AppContext, id: number): Promise<void> {
  try {
    if (!(await repo.deleteService(ctx.db.kysely, id))) throw notFound('Service');
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw conflict(
        'in_use',
        'Appointments use this service. Deactivate it instead of deleting it.',
      );
    }
    throw error;
  }
}
