import type { createServiceBody, ServiceWire, updateServiceBody } from '@clinic/contract';
import { type Actor, canManageServices, canSeeInactiveServices } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { isForeignKeyViolation } from '../../db/errors.ts';
import type { Database, ServiceRow } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors.ts';
import { type AuditEvent, recordAuditEvent } from '../audit/index.ts';
import { toServiceWire } from './service-wire.ts';
import * as repo from './services.repository.ts';

/** The clinic's services; inactive ones only to those who may see them. */
export async function listServices(ctx: AppContext, actor: Actor): Promise<ServiceWire[]> {
  const db = ctx.db.kysely;
  const [rows, dentists] = await Promise.all([
    repo.listServices(db, !canSeeInactiveServices(actor)),
    repo.listServiceDentists(db),
  ]);
  return rows.map((row) => toServiceWire(row, dentists.get(row.id) ?? []));
}

async function withDentists(db: Kysely<Database>, row: ServiceRow): Promise<ServiceWire> {
  const dentists = await repo.listServiceDentists(db, [row.id]);
  return toServiceWire(row, dentists.get(row.id) ?? []);
}

/** What the audit log keeps of a service: its wire fields but the id. */
function audited(service: ServiceWire | undefined) {
  if (!service) return null;
  const { id: _id, ...fields } = service;
  return fields;
}

/** The audit entry of a change to `after` (or of its deletion, when only `before` is given). */
function recordServiceChange(
  trx: Kysely<Database>,
  change: Pick<AuditEvent, 'at' | 'actorId' | 'action'> & {
    before?: ServiceWire | undefined;
    after?: ServiceWire | undefined;
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

/** Every id must be an active dentist; an empty list means every dentist performs it. */
async function assertDentists(db: Kysely<Database>, ids: number[]): Promise<void> {
  const found = new Set(await repo.findActiveDentists(db, ids));
  if (ids.some((id) => !found.has(id))) {
    const message = 'Choose active dentists only.';
    throw badRequest(message, { dentists: message });
  }
}

/** Who performs a service, its length and its buffer all move free times on any day. */
function announce(ctx: AppContext): Promise<void> {
  return ctx.events.publish({ type: 'availability.changed', dateFrom: null, dateTo: null });
}

export async function createService(
  ctx: AppContext,
  actor: Actor,
  body: z.output<typeof createServiceBody>,
): Promise<ServiceWire> {
  if (!canManageServices(actor)) throw forbidden();
  const now = ctx.now();
  const created = await ctx.db.transact(async (trx) => {
    await assertDentists(trx, body.dentists);
    const row = await repo.insertService(trx, {
      name: body.name,
      description: body.description,
      durationMinutes: body.duration_minutes,
      priceCents: body.price,
      isActive: body.is_active ? 1 : 0,
      bufferAfterMinutes: body.buffer_after_minutes,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replaceServiceDentists(trx, row.id, body.dentists);
    const after = toServiceWire(row, body.dentists);
    await recordServiceChange(trx, { at: now, actorId: actor.id, action: 'created', after });
    return after;
  });
  await announce(ctx);
  return created;
}

export async function updateService(
  ctx: AppContext,
  actor: Actor,
  id: number,
  body: z.output<typeof updateServiceBody>,
): Promise<ServiceWire> {
  if (!canManageServices(actor)) throw forbidden();
  const now = ctx.now();
  const updated = await ctx.db.transact(async (trx) => {
    const beforeRow = await repo.findService(trx, id);
    if (!beforeRow) return undefined;
    const before = await withDentists(trx, beforeRow);
    if (body.dentists) await assertDentists(trx, body.dentists);
    const row = await repo.updateService(trx, id, {
      updatedAt: now,
      ...(body.name !== undefined && { name: body.name }),
      ...(body.description !== undefined && { description: body.description }),
      ...(body.duration_minutes !== undefined && { durationMinutes: body.duration_minutes }),
      ...(body.price !== undefined && { priceCents: body.price }),
      ...(body.is_active !== undefined && { isActive: body.is_active ? 1 : 0 }),
      ...(body.buffer_after_minutes !== undefined && {
        bufferAfterMinutes: body.buffer_after_minutes,
      }),
    });
    if (!row) return undefined;
    if (body.dentists) await repo.replaceServiceDentists(trx, id, body.dentists);
    const after = toServiceWire(row, body.dentists ?? before.dentists);
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
  await announce(ctx);
  return updated;
}

/** A service that appointments still name cannot go; deactivating it hides it instead. */
export async function deleteService(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  if (!canManageServices(actor)) throw forbidden();
  const now = ctx.now();
  try {
    const deleted = await ctx.db.transact(async (trx) => {
      const row = await repo.findService(trx, id);
      if (!row) return undefined;
      const before = await withDentists(trx, row);
      await repo.deleteService(trx, id);
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
  await announce(ctx);
}
