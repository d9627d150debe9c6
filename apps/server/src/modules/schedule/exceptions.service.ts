import type { CreateScheduleExceptionBody, UpdateScheduleExceptionBody } from '@clinic/contract';
import {
  type Actor,
  canRecordScheduleException,
  canViewSchedule,
  findScheduleExceptionProblem,
  type ScheduleExceptionKind,
} from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { badRequest, forbidden, notFound } from '../../lib/errors.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { getClinic } from '../clinic/index.ts';
import * as repo from './schedule.repository.ts';
import { assertActiveDentist } from './working-hours.service.ts';

export function toExceptionWire(row: repo.ScheduleExceptionRow) {
  return {
    id: row.id,
    kind: row.kind,
    dentist: row.dentistId,
    dentist_name: row.dentistName,
    date_from: row.dateFrom,
    date_to: row.dateTo,
    start_time: row.startTime,
    end_time: row.endTime,
    reason: row.reason,
  };
}

interface ExceptionFields {
  kind: ScheduleExceptionKind;
  dentistId: number | null;
  dateFrom: string;
  dateTo: string;
  startTime: string | null;
  endTime: string | null;
  reason: string;
}

function assertValid(fields: ExceptionFields): void {
  const problem = findScheduleExceptionProblem(fields);
  if (problem) throw badRequest(problem.message, { [problem.field]: problem.message });
}

function audited(row: repo.ScheduleExceptionRow | undefined) {
  if (!row) return null;
  const { id: _id, dentist_name: _name, ...fields } = toExceptionWire(row);
  return fields;
}

async function record(
  clinicName: string,
  trx: Kysely<Database>,
  actor: Actor,
  at: number,
  action: 'created' | 'updated' | 'deleted',
  before: repo.ScheduleExceptionRow | undefined,
  after: repo.ScheduleExceptionRow | undefined,
): Promise<void> {
  const subject = after ?? before;
  if (!subject) return;
  await recordAuditEvent(trx, {
    at,
    actorId: actor.id,
    subject: 'schedule_exception',
    subjectId: subject.id,
    // A closure is the clinic's; time off and extra hours are named after their dentist.
    subjectName: subject.dentistName ?? clinicName,
    action,
    before: audited(before),
    after: audited(after),
  });
}

/** The days whose free times an exception changed, before and after the change. */
function announce(ctx: AppContext, ...rows: (repo.ScheduleExceptionRow | undefined)[]) {
  const present = rows.filter((r): r is repo.ScheduleExceptionRow => r !== undefined);
  const dateFrom = present.map((r) => r.dateFrom).sort()[0] ?? null;
  const dateTo =
    present
      .map((r) => r.dateTo)
      .sort()
      .at(-1) ?? null;
  return ctx.events.publish({ type: 'availability.changed', dateFrom, dateTo });
}

export async function listExceptions(
  ctx: AppContext,
  actor: Actor,
  filters: repo.ExceptionFilters,
) {
  if (!canViewSchedule(actor)) throw forbidden();
  return (await repo.listExceptionRows(ctx.db.kysely, filters)).map(toExceptionWire);
}

export async function createException(
  ctx: AppContext,
  actor: Actor,
  body: CreateScheduleExceptionBody,
) {
  if (!canRecordScheduleException(actor, body.kind)) throw forbidden();
  const fields: ExceptionFields = {
    kind: body.kind,
    dentistId: body.dentist,
    dateFrom: body.date_from,
    dateTo: body.date_to ?? body.date_from,
    startTime: body.start_time,
    endTime: body.end_time,
    reason: body.reason,
  };
  assertValid(fields);
  const now = ctx.now();
  // Read before the transaction: on SQLite it holds the one connection.
  const clinicName = (await getClinic(ctx)).name;
  const created = await ctx.db.transact(async (trx) => {
    if (fields.dentistId !== null) await assertActiveDentist(trx, fields.dentistId);
    const id = await repo.insertException(trx, {
      ...fields,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    const row = await repo.findExceptionRow(trx, id);
    await record(clinicName, trx, actor, now, 'created', undefined, row);
    return row;
  });
  if (!created) throw notFound('Schedule exception');
  await announce(ctx, created);
  return toExceptionWire(created);
}

/** Reads the exception and checks the actor may change this kind (404, then 403). */
async function loadChangeable(trx: Kysely<Database>, actor: Actor, id: number) {
  if (!canViewSchedule(actor)) throw forbidden();
  const current = await repo.findExceptionRow(trx, id);
  if (!current) throw notFound('Schedule exception');
  if (!canRecordScheduleException(actor, current.kind)) throw forbidden();
  return current;
}

export async function updateException(
  ctx: AppContext,
  actor: Actor,
  id: number,
  body: UpdateScheduleExceptionBody,
) {
  const now = ctx.now();
  // Read before the transaction: on SQLite it holds the one connection.
  const clinicName = (await getClinic(ctx)).name;
  const result = await ctx.db.transact(async (trx) => {
    const before = await loadChangeable(trx, actor, id);
    const dateFrom = body.date_from ?? before.dateFrom;
    const fields: ExceptionFields = {
      kind: before.kind,
      dentistId: before.dentistId,
      dateFrom,
      // Moving only the first day of a one-day exception moves the whole of it.
      dateTo:
        body.date_to ??
        (body.date_from !== undefined && before.dateFrom === before.dateTo
          ? dateFrom
          : before.dateTo),
      startTime: body.start_time === undefined ? before.startTime : body.start_time,
      endTime: body.end_time === undefined ? before.endTime : body.end_time,
      reason: body.reason ?? before.reason,
    };
    assertValid(fields);
    await repo.updateExceptionRow(trx, id, {
      dateFrom: fields.dateFrom,
      dateTo: fields.dateTo,
      startTime: fields.startTime,
      endTime: fields.endTime,
      reason: fields.reason,
      updatedAt: now,
    });
    const after = await repo.findExceptionRow(trx, id);
    await record(clinicName, trx, actor, now, 'updated', before, after);
    return { before, after: after ?? before };
  });
  await announce(ctx, result.before, result.after);
  return toExceptionWire(result.after);
}

export async function deleteException(ctx: AppContext, actor: Actor, id: number) {
  const now = ctx.now();
  // Read before the transaction: on SQLite it holds the one connection.
  const clinicName = (await getClinic(ctx)).name;
  const before = await ctx.db.transact(async (trx) => {
    const current = await loadChangeable(trx, actor, id);
    await repo.deleteExceptionRow(trx, id);
    await record(clinicName, trx, actor, now, 'deleted', current, undefined);
    return current;
  });
  await announce(ctx, before);
}
