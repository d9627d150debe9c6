import type { CreateWorkingHoursBody, UpdateWorkingHoursBody } from '@clinic/contract';
import {
  type Actor,
  canManageSchedule,
  canViewSchedule,
  findWeeklyHoursProblem,
  type WeeklyHours,
} from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { type Database, WORKING_HOURS_SINCE_ALWAYS } from '../../db/schema.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/errors.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { findUserById } from '../users/index.ts';
import * as repo from './schedule.repository.ts';

export function toWorkingHoursWire(row: repo.WorkingHoursRow) {
  return {
    id: row.id,
    dentist: row.dentistId,
    valid_from: row.validFrom === WORKING_HOURS_SINCE_ALWAYS ? null : row.validFrom,
    days: JSON.parse(row.days) as WeeklyHours,
  };
}

/** A dentist the schedule may name: an active member of the team who sees patients. */
export async function assertActiveDentist(db: Kysely<Database>, id: number): Promise<string> {
  const dentist = await findUserById(db, id);
  if (!dentist?.isDentist || !dentist.isActive || dentist.role === 'patient') {
    throw badRequest('Choose an active dentist.', { dentist: 'Choose an active dentist.' });
  }
  return dentist.name;
}

function assertValidDays(days: WeeklyHours): void {
  const problem = findWeeklyHoursProblem(days);
  if (problem) throw badRequest(problem.message, { [`days.${problem.day}`]: problem.message });
}

const taken = () =>
  conflict('conflict', 'This dentist already has working hours starting on that date.', {
    valid_from: 'This dentist already has working hours starting on that date.',
  });

function audited(row: repo.WorkingHoursRow | undefined) {
  if (!row) return null;
  const { dentist, valid_from, days } = toWorkingHoursWire(row);
  return { dentist, valid_from, days };
}

async function record(
  trx: Kysely<Database>,
  actor: Actor,
  at: number,
  action: 'created' | 'updated' | 'deleted',
  dentistName: string,
  before: repo.WorkingHoursRow | undefined,
  after: repo.WorkingHoursRow | undefined,
): Promise<void> {
  const subject = after ?? before;
  if (!subject) return;
  await recordAuditEvent(trx, {
    at,
    actorId: actor.id,
    subject: 'working_hours',
    subjectId: subject.id,
    subjectName: dentistName,
    action,
    before: audited(before),
    after: audited(after),
  });
}

/** Weekly patterns change the free times of every day from their start on. */
function announce(ctx: AppContext): Promise<void> {
  return ctx.events.publish({ type: 'availability.changed', dateFrom: null, dateTo: null });
}

async function withUniqueStart<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) && isUniqueViolation(error)) throw taken();
    throw error;
  }
}

export async function listWorkingHours(ctx: AppContext, actor: Actor, dentistId?: number) {
  if (!canViewSchedule(actor)) throw forbidden();
  return (await repo.listWorkingHoursRows(ctx.db.kysely, dentistId)).map(toWorkingHoursWire);
}

export async function createWorkingHours(
  ctx: AppContext,
  actor: Actor,
  body: CreateWorkingHoursBody,
) {
  if (!canManageSchedule(actor)) throw forbidden();
  assertValidDays(body.days);
  const now = ctx.now();
  const created = await withUniqueStart(() =>
    ctx.db.transact(async (trx) => {
      const name = await assertActiveDentist(trx, body.dentist);
      const row = await repo.insertWorkingHours(trx, {
        dentistId: body.dentist,
        validFrom: body.valid_from ?? WORKING_HOURS_SINCE_ALWAYS,
        days: JSON.stringify(body.days),
        createdAt: now,
        updatedAt: now,
      });
      await record(trx, actor, now, 'created', name, undefined, row);
      return row;
    }),
  );
  await announce(ctx);
  return toWorkingHoursWire(created);
}

export async function updateWorkingHours(
  ctx: AppContext,
  actor: Actor,
  id: number,
  body: UpdateWorkingHoursBody,
) {
  if (!canManageSchedule(actor)) throw forbidden();
  if (body.days) assertValidDays(body.days);
  const now = ctx.now();
  const updated = await withUniqueStart(() =>
    ctx.db.transact(async (trx) => {
      const before = await repo.findWorkingHoursRow(trx, id);
      if (!before) throw notFound('Working hours');
      const after = await repo.updateWorkingHoursRow(trx, id, {
        updatedAt: now,
        ...(body.valid_from !== undefined && {
          validFrom: body.valid_from ?? WORKING_HOURS_SINCE_ALWAYS,
        }),
        ...(body.days !== undefined && { days: JSON.stringify(body.days) }),
      });
      const dentist = await findUserById(trx, before.dentistId);
      await record(trx, actor, now, 'updated', dentist?.name ?? '', before, after);
      return after ?? before;
    }),
  );
  await announce(ctx);
  return toWorkingHoursWire(updated);
}

export async function deleteWorkingHours(ctx: AppContext, actor: Actor, id: number) {
  if (!canManageSchedule(actor)) throw forbidden();
  const now = ctx.now();
  await ctx.db.transact(async (trx) => {
    const before = await repo.findWorkingHoursRow(trx, id);
    if (!before) throw notFound('Working hours');
    await repo.deleteWorkingHoursRow(trx, id);
    const dentist = await findUserById(trx, before.dentistId);
    await record(trx, actor, now, 'deleted', dentist?.name ?? '', before, undefined);
  });
  await announce(ctx);
}
