import type { CreateDependantBody } from '@clinic/contract';
import {
  type Actor,
  canListUsers,
  clinicDate,
  dateOfBirthProblem,
  dependantAdditionProblem,
  guardianLinkProblem,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { cachePerBus } from '../../lib/change-cache.ts';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { getClinic } from '../clinic/index.ts';
import { checkedPhone } from './contact-checks.ts';
import * as repo from './dependants.repository.ts';
import { auditedUserFields } from './user-wire.ts';
import type { User } from './users.model.ts';
import { findUserById, insertUser } from './users.repository.ts';

type Db = AppContext['db']['kysely'];

/**
 * The ids of a patient's dependants. Every list and live update of a patient asks, and the
 * answer changes only when an account does (every link, unlink and new dependant announces
 * `user.changed`), so it is kept until then.
 */
const dependantsKnown = cachePerBus<number[]>({
  forgetsOn: (event) => event.type === 'user.changed',
  maxEntries: 10_000,
});

export function dependantIdsOf(ctx: AppContext, guardianId: number): Promise<number[]> {
  return dependantsKnown(ctx.events).get(String(guardianId), () =>
    repo.dependantIds(ctx.db.kysely, guardianId),
  );
}

/** Each of `users` with the name of their guardian, for the lists that mark dependants. */
export async function withGuardianNames(ctx: AppContext, users: User[]): Promise<User[]> {
  const ids = [...new Set(users.flatMap((u) => (u.guardianId === null ? [] : [u.guardianId])))];
  const names = await repo.namesOf(ctx.db.kysely, ids);
  return users.map((user) => ({
    ...user,
    guardianName: user.guardianId === null ? null : (names.get(user.guardianId) ?? null),
  }));
}

/**
 * The dependants of `guardianId`: for the guardian themselves, and for owner and staff (the
 * patient's record). Anyone else gets 404, as for an account they cannot see.
 */
export async function listDependantsOf(
  ctx: AppContext,
  actor: Actor,
  guardianId: number,
): Promise<User[]> {
  if (actor.id !== guardianId && !canListUsers(actor)) throw notFound('User');
  const dependants = await repo.listDependants(ctx.db.kysely, guardianId);
  return withGuardianNames(ctx, dependants);
}

/**
 * A person the patient books for, without a sign-in of their own: no email, no password.
 * Audited as the guardian's creation of an account.
 */
export async function addDependant(
  ctx: AppContext,
  actor: Actor,
  body: CreateDependantBody,
): Promise<User> {
  if (actor.role !== 'patient') {
    throw forbidden('Only patients add the people they book for; the team registers patients.');
  }
  const clinic = await getClinic(ctx);
  const now = ctx.now();
  const problem = dateOfBirthProblem(
    body.date_of_birth,
    clinicDate(new Date(now), clinic.timeZone),
  );
  if (problem) throw badRequest(problem, { date_of_birth: problem });
  const phone = body.phone ? checkedPhone(body.phone, clinic.timeZone) : undefined;
  const created = await ctx.db.transact(async (trx) => {
    await repo.lockFamilies(trx, ctx.db.engine);
    const guardian = await findUserById(trx, actor.id);
    if (!guardian) throw notFound('User');
    const refused = dependantAdditionProblem({
      ...guardian,
      dependantCount: await repo.countDependants(trx, actor.id),
    });
    if (refused) throw conflict('family_link', refused);
    const dependant = await insertUser(trx, {
      email: null,
      name: body.name,
      phone: phone?.phone ?? '',
      phoneDigits: phone?.phoneDigits ?? '',
      phoneE164: phone?.phoneE164 ?? null,
      dateOfBirth: body.date_of_birth,
      role: 'patient',
      isDentist: 0,
      isActive: 1,
      language: guardian.language,
      colour: null,
      passwordHash: null,
      guardianId: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await recordAuditEvent(trx, {
      at: now,
      actorId: actor.id,
      subject: 'account',
      subjectId: dependant.id,
      subjectName: dependant.name,
      action: 'created',
      before: null,
      after: auditedUserFields(dependant),
    });
    return dependant;
  });
  // The guardian's streams and lists now cover one more person.
  await ctx.events.publish({ type: 'user.changed', userId: actor.id });
  return { ...created, guardianName: null };
}

/**
 * Checks, under the families' lock, that `person` may become a dependant of `guardianId`
 * (owner and staff link them); a 400 naming `guardian` otherwise. Null unlinks: always allowed.
 */
export async function assertGuardianLink(
  trx: Db,
  ctx: AppContext,
  person: User,
  guardianId: number | null,
): Promise<void> {
  await repo.lockFamilies(trx, ctx.db.engine);
  if (guardianId === null) return;
  const [guardian, dependantCount] = await Promise.all([
    findUserById(trx, guardianId),
    repo.countDependants(trx, person.id),
  ]);
  const problem = guardianLinkProblem({ ...person, dependantCount }, guardian);
  if (problem) throw badRequest(problem, { guardian: problem });
}

/** A refusal of the database's family rules (a race the checks above lost) as a 409. */
export function familyLinkConflict(error: unknown): unknown {
  if (!repo.isFamilyLinkRefusal(error)) return error;
  return conflict(
    'family_link',
    'Someone changed this family at the same time. Reload and try again.',
  );
}

export { countDependants } from './dependants.repository.ts';
