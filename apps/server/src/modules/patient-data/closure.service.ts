import type { ClosureRequestWire } from '@clinic/contract';
import {
  type Actor,
  anonymisedAccount,
  canListClosureRequests,
  canRequestClosure,
  canViewUser,
  closeAccountRefusal,
  erasedAuditChanges,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { conflict, forbidden, notFound } from '../../lib/errors.ts';
import { isoInstant } from '../../lib/iso-instant.ts';
import { cancelComingVisitsOfPatient } from '../appointments/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { forgetPatientMessagesOf } from '../inbox/index.ts';
import { forgetTextsOf } from '../sms/index.ts';
import { countDependants } from '../users/index.ts';
import * as repo from './closure.repository.ts';

/** Written in each visit's history when closing the account cancels it. */
export const ACCOUNT_CLOSED_REASON = 'account closed';
/** The team's open lists of requests ask again. */
const REQUESTS_CHANGED = { type: 'closure_requests.changed' } as const;

function toRequestWire(row: repo.ClosureRequestRow): ClosureRequestWire {
  return {
    id: row.id,
    patient: row.patientId,
    patient_name: row.patientName,
    status: row.status,
    reason: row.reason,
    requested_at: isoInstant(row.requestedAt),
    resolved_at: row.resolvedAt === null ? null : isoInstant(row.resolvedAt),
  };
}

/** The account as its reader may see it; 404 for another patient's, so ids stay unguessable. */
async function visibleAccount(ctx: AppContext, actor: Actor, id: number) {
  const account = await repo.accountForClosure(ctx.db.kysely, id);
  if (!account || !canViewUser(actor, account)) throw notFound('User');
  return account;
}

/** Whether a patient's account is closed, and its open request if any; 404 for the team's. */
export async function closureStatus(ctx: AppContext, actor: Actor, id: number) {
  const account = await visibleAccount(ctx, actor, id);
  if (account.role !== 'patient') throw notFound('Patient');
  const request = await repo.openRequestOf(ctx.db.kysely, id);
  return {
    closed_at: account.closedAt === null ? null : isoInstant(account.closedAt),
    request: request ? toRequestWire(request) : null,
  };
}

/** A patient asks the clinic to close their own account; one open request at a time. */
export async function requestClosure(
  ctx: AppContext,
  actor: Actor,
  id: number,
  reason: string,
): Promise<ClosureRequestWire> {
  const account = await visibleAccount(ctx, actor, id);
  if (!canRequestClosure(actor) || actor.id !== account.id) {
    throw forbidden('Only a patient asks to close their own account.');
  }
  const now = ctx.now();
  try {
    await ctx.db.transact(async (trx) => {
      await repo.insertRequest(trx, { patientId: id, reason, requestedAt: now });
      // The patient's words stay out of the append-only log: only that they asked.
      await recordAuditEvent(trx, {
        at: now,
        actorId: actor.id,
        subject: 'account',
        subjectId: id,
        subjectName: account.name,
        action: 'updated',
        before: null,
        after: { closure_request: 'open' },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('conflict', 'You have already asked to close your account.');
    }
    throw error;
  }
  await ctx.events.publish(REQUESTS_CHANGED);
  const request = await repo.openRequestOf(ctx.db.kysely, id);
  if (!request) throw notFound('Closure request');
  return toRequestWire(request);
}

/** The patient changes their mind while the request is still open. */
export async function withdrawClosure(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  const account = await visibleAccount(ctx, actor, id);
  if (!canRequestClosure(actor) || actor.id !== account.id) {
    throw forbidden('Only a patient withdraws their own request.');
  }
  const now = ctx.now();
  const withdrawn = await ctx.db.transact(async (trx) => {
    if (!(await repo.withdrawRequest(trx, id, now))) return false;
    await recordAuditEvent(trx, {
      at: now,
      actorId: actor.id,
      subject: 'account',
      subjectId: id,
      subjectName: account.name,
      action: 'updated',
      before: { closure_request: 'open' },
      after: { closure_request: 'withdrawn' },
    });
    return true;
  });
  if (!withdrawn) throw notFound('Closure request');
  await ctx.events.publish(REQUESTS_CHANGED);
}

export async function listClosureRequests(ctx: AppContext, actor: Actor) {
  if (!canListClosureRequests(actor)) throw forbidden();
  return (await repo.openRequests(ctx.db.kysely)).map(toRequestWire);
}

const REFUSALS = {
  forbidden: () => forbidden('Only the owner closes accounts.'),
  not_a_patient: () =>
    conflict(
      'not_a_patient',
      'Only a patient’s account can be closed; the team’s accounts are deactivated instead.',
    ),
  already_closed: () => conflict('already_closed', 'This account is closed already.'),
  has_dependants: () =>
    conflict(
      'family_link',
      'This patient books for dependants: unlink them from this account, or close theirs, first.',
    ),
};

/**
 * Closes a patient's account for good, in one transaction: the person is anonymised (account,
 * requests, audit entries about the account), their coming visits are cancelled with the
 * reason in each history, messages not sent are dropped, and every session ends. Visits and
 * their history stay, under the anonymised name. Live views and the person's open streams hear
 * of it once it is committed.
 */
export async function closeAccount(ctx: AppContext, actor: Actor, id: number) {
  const account = await visibleAccount(ctx, actor, id);
  const refusal = closeAccountRefusal(actor, {
    ...account,
    closed: account.closedAt !== null,
    dependantCount: await countDependants(ctx.db.kysely, id),
  });
  if (refusal) throw REFUSALS[refusal]();
  const now = ctx.now();
  const erased = anonymisedAccount(id);
  const cancelled = await ctx.db.transact(async (trx) => {
    const anonymised = await repo.anonymiseAccount(trx, id, {
      ...erased,
      medicalAlerts: JSON.stringify(erased.medicalAlerts),
      isActive: 0,
      closedAt: now,
      updatedAt: now,
    });
    if (!anonymised) throw REFUSALS.already_closed();
    const visits = await cancelComingVisitsOfPatient(trx, ctx.db.engine, {
      patientId: id,
      actorId: actor.id,
      now,
      reason: ACCOUNT_CLOSED_REASON,
    });
    await repo.resolveRequestsOnClosing(trx, id, now);
    await repo.dropPendingMessages(trx, id, now);
    await forgetTextsOf(trx, id);
    await forgetPatientMessagesOf(trx, id);
    await repo.forgetSignIns(trx, id, account.email);
    for (const entry of await repo.accountAuditEntries(trx, id)) {
      await repo.anonymiseAuditEntry(trx, entry.id, {
        subjectName: erased.name,
        changes: JSON.stringify(erasedAuditChanges(JSON.parse(entry.changes))),
      });
    }
    // Written after the rewrite, so the entry of the closing itself stays as it is.
    await recordAuditEvent(trx, {
      at: now,
      actorId: actor.id,
      subject: 'account',
      subjectId: id,
      subjectName: erased.name,
      action: 'closed',
      before: null,
      after: { cancelled_visits: visits.length },
    });
    return visits;
  });
  await ctx.events.publish({ type: 'user.changed', userId: id });
  await ctx.events.publish({ type: 'session.revoked', userId: id, tokenHash: null });
  await ctx.events.publish(REQUESTS_CHANGED);
  for (const visit of cancelled) {
    await ctx.events.publish({
      type: 'appointment.updated',
      appointmentId: visit.id,
      patientId: id,
    });
  }
  if (cancelled.length > 0) {
    const dates = cancelled.map((v) => v.date).sort();
    await ctx.events.publish({
      type: 'availability.changed',
      dateFrom: dates[0] ?? null,
      dateTo: dates.at(-1) ?? null,
    });
  }
  return {
    id,
    name: erased.name,
    closed_at: isoInstant(now),
    cancelled_visits: cancelled.length,
  };
}
