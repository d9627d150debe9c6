import type { createServiceBody, updateServiceBody } from '@clinic/contract';
import { type Actor, canManageServices, canSeeInactiveServices } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { isForeignKeyViolation } from '../../db/errors.ts';
import type { Database, ServiceRow } from '../../db/schema.ts';
import { conflict, forbidden, notFound } from '../../lib/errors.ts';
import { type AuditEvent, recordAuditEvent } from '../audit/index.ts';
import { toServiceWire } from './service-wire.ts';
import * as repo from './services.repository.ts';

/** The clinic's services; inactive ones only to those who may see them. */
export function listServices(ctx: AppContext, actor: Actor) {
  return repo.listServices(ctx.db.kysely, !canSeeInactiveServices(actor));
}

/** What the audit log keeps of a service: its wire fields but the id. */
function audited(row: ServiceRow | undefined) {
  if (!row) return null;
  const { name, description, duration_minutes, price, is_active } = toServiceWire(row);
  return { name, description, duration_minutes, price, is_active };
}

/** The audit entry of a change to `after` (or of its deletion, when only `before` is given). */
function recordServiceChange(
  trx: Kysely<Database>,
  change: Pick<AuditEvent, 'at' | 'actorId' | 'action'> & {
    before?: ServiceRow | undefined;
    after?: ServiceRow | undefined;
  },
) {
  const subject = change.after ?? change.before;
  if (!subject) return Promise.resolve();
  return recordAuditEvent(trx, {
    at: change.at,
    actorId: change.actorId,
    action: change.action,
    subject: 'service',
    subjectId: subject.id,
    subjectName: subject.name,
    before: audited(change.before),
    after: audited(change.after),
  });
}

export function createService(
  ctx: AppContext,
  actor: Actor,
  body: z.output<typeof createServiceBody>,
) {
  if (!canManageServices(actor)) throw forbidden();
  const now = ctx.now();
  return ctx.db.transact(async (trx) => {
    const created = await repo.insertService(trx, {
      name: body.name,
      description: body.description,
      durationMinutes: body.duration_minutes,
      priceCents: body.price,
      isActive: body.is_active ? 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    await recordServiceChange(trx, {
      at: now,
      actorId: actor.id,
      action: 'created',
      after: created,
    });
    return created;
  });
}

export async function updateService(
  ctx: AppContext,
  actor: Actor,
  id: number,
  body: z.output<typeof updateServiceBody>,
) {
  if (!canManageServices(actor)) throw forbidden();
  const now = ctx.now();
  const updated = await ctx.db.transact(async (trx) => {
    const before = await repo.findService(trx, id);
    const after = await repo.updateService(trx, id, {
      updatedAt: now,
      ...(body.name !== undefined && { name: body.name }),
      ...(body.description !== undefined && { description: body.description }),
      ...(body.duration_minutes !== undefined && { durationMinutes: body.duration_minutes }),
      ...(body.price !== undefined && { priceCents: body.price }),
      ...(body.is_active !== undefined && { isActive: body.is_active ? 1 : 0 }),
    });
    await recordServiceChange(trx, {
      at: now,
      actorId: actor.id,
      action: 'updated',
      before,
      after,
    });
    return after;
  });
  if (!updated) throw notFound('Service');
  return updated;
}

/** A service that appointments still name cannot go; deactivating it hides it instead. */
export async function deleteService(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  if (!canManageServices(actor)) throw forbidden();
  const now = ctx.now();
  try {
    const deleted = await ctx.db.transact(async (trx) => {
      const before = await repo.deleteService(trx, id);
      await recordServiceChange(trx, { at: now, actorId: actor.id, action: 'deleted', before });
      return before;
    });
    if (!deleted) throw notFound('Service');
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
