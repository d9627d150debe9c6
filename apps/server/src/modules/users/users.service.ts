import type { CreateUserBody, UpdateUserBody } from '@clinic/contract';
import {
  type Actor,
  canAssignRole,
  canBeDentist,
  canChangeAccount,
  canCreateUsers,
  canListUsers,
  canViewUser,
  clinicDate,
  contactChannelProblem,
  dateOfBirthProblem,
  dependantLoginProblem,
  editableUserFields,
  emailChangeNeedsConfirmation,
  familyRoleProblem,
  medicalAlertsProblem,
  normalizeMedicalAlerts,
  type UserField,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { UserUpdate } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors.ts';
import { announceEmailConfirmation, queueEmailConfirmation } from '../account-emails/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import {
  assertAcceptablePassword,
  assertCurrentPassword,
  createAccount,
  deleteSessionsOf,
  emailTaken,
  hashPassword,
} from '../auth/index.ts';
import { getClinic } from '../clinic/index.ts';
import { assertReachable, checkedPhone } from './contact-checks.ts';
import { colourForNewDentist } from './dentist-colour.ts';
import {
  assertGuardianLink,
  countDependants,
  familyLinkConflict,
  withGuardianNames,
} from './dependants.service.ts';
import { auditedUserFields } from './user-wire.ts';
import { normalizeEmail, type PatientRecord, type User } from './users.model.ts';
import * as repo from './users.repository.ts';

export async function createUser(
  ctx: AppContext,
  actor: Actor,
  body: CreateUserBody,
): Promise<User> {
  if (!canCreateUsers(actor)) throw forbidden();
  if (!canAssignRole(actor, body.role)) {
    throw forbidden(
      actor.role === 'staff'
        ? 'Staff may register patients only.'
        : `You may not create ${body.role} accounts.`,
    );
  }
  if (body.is_dentist && !canBeDentist(body.role)) {
    throw badRequest('Only clinic staff can be dentists.', {
      is_dentist: 'Only clinic staff can be dentists.',
    });
  }
  return createAccount(
    ctx,
    {
      email: body.email,
      name: body.name,
      phone: body.phone,
      role: body.role,
      isDentist: body.is_dentist,
      password: body.password,
    },
    { actorId: actor.id },
  );
}

/** The user if `actor` may see them; 404 otherwise, so patients cannot probe for accounts. */
export async function getVisibleUser(ctx: AppContext, actor: Actor, id: number): Promise<User> {
  const user = await repo.findUserById(ctx.db.kysely, id);
  if (!user || !canViewUser(actor, user)) throw notFound('User');
  return user;
}

/** As getVisibleUser, with the guardian's name of a dependant, to show. */
export async function readVisibleUser(ctx: AppContext, actor: Actor, id: number): Promise<User> {
  const [user] = await withGuardianNames(ctx, [await getVisibleUser(ctx, actor, id)]);
  if (!user) throw notFound('User');
  return user;
}

type EditableWireField = Exclude<keyof UpdateUserBody, 'current_password'>;

const WIRE_TO_FIELD: Record<EditableWireField, UserField> = {
  email: 'email',
  name: 'name',
  phone: 'phone',
  role: 'role',
  is_dentist: 'isDentist',
  is_active: 'isActive',
  password: 'password',
  language: 'language',
  colour: 'colour',
  date_of_birth: 'dateOfBirth',
  contact_channel: 'contactChannel',
  medical_alerts: 'medicalAlerts',
  notes: 'notes',
  guardian: 'guardian',
};

export async function updateUser(
  ctx: AppContext,
  actor: Actor,
  id: number,
  body: UpdateUserBody,
  session: { tokenHash?: string | undefined; address: string },
): Promise<User> {
  const subject = await getVisibleUser(ctx, actor, id);
  if (!canChangeAccount({ closed: subject.closed === true })) {
    throw conflict('already_closed', 'This account is closed; it can no longer be changed.');
  }
  const allowed = editableUserFields(actor, subject);
  const requested = (Object.keys(WIRE_TO_FIELD) as EditableWireField[]).filter(
    (k) => body[k] !== undefined,
  );
  const refused = requested.filter((k) => !allowed.includes(WIRE_TO_FIELD[k]));
  if (refused.length > 0) throw forbidden(`You may not change: ${refused.join(', ')}.`);

  const finalRole = body.role ?? subject.role;
  if (body.role && body.role !== subject.role && !canAssignRole(actor, body.role)) {
    throw forbidden(`You may not make this account ${body.role}.`);
  }
  if (body.is_dentist && !canBeDentist(finalRole)) {
    throw badRequest('Only clinic staff can be dentists.', {
      is_dentist: 'Only clinic staff can be dentists.',
    });
  }
  const willBeDentist = canBeDentist(finalRole) && (body.is_dentist ?? subject.isDentist);
  if (body.colour !== undefined && !willBeDentist) {
    throw badRequest('Only dentists have a colour.', { colour: 'Only dentists have a colour.' });
  }
  if (body.password !== undefined) assertAcceptablePassword(body.password);
  const guardianId = body.guardian !== undefined ? body.guardian : subject.guardianId;
  await assertFamilyKeepsRules(ctx, subject, body, guardianId);
  const isSelf = actor.id === id;
  const email = await plannedEmailChange(ctx, subject, body.email, isSelf);
  // An address is a way into the account (a reset link goes there): a patient proves who
  // they are before moving it, as before a new password.
  const provesIdentity =
    body.password !== undefined || (email.changes && subject.role === 'patient');
  if (isSelf && provesIdentity) {
    await assertCurrentPassword(ctx, subject, body.current_password, session.address);
  }

  const changes: UserUpdate = {
    updatedAt: ctx.now(),
    ...(await recordChanges(ctx, subject, body, guardianId)),
  };
  if (body.guardian !== undefined) changes.guardianId = body.guardian;
  Object.assign(changes, email.columns);
  if (body.name !== undefined) changes.name = body.name;
  if (body.language !== undefined) changes.language = body.language;
  if (body.colour !== undefined) changes.colour = body.colour;
  if (body.role !== undefined) changes.role = body.role;
  if (body.is_active !== undefined) changes.isActive = body.is_active ? 1 : 0;
  if (body.is_dentist !== undefined) changes.isDentist = body.is_dentist ? 1 : 0;
  // A patient is never a dentist, whatever the flag said before the role changed.
  if (!canBeDentist(finalRole)) changes.isDentist = 0;
  if (body.password !== undefined) changes.passwordHash = await hashPassword(body.password);

  // Whoever holds a session must hold it under the account's current role, activation and
  // password: such a change ends every session, except that someone changing their own
  // password stays signed in where they did it (their other devices are signed out). The
  // dentist flag grants no rights, so it ends nothing; streams re-read it with the rest.
  const endSessions =
    (body.role !== undefined && body.role !== subject.role) ||
    body.is_active === false ||
    body.password !== undefined ||
    email.changesNow;
  const keepTokenHash =
    isSelf && (body.password !== undefined || email.changesNow) ? session.tokenHash : undefined;
  let updated: User;
  try {
    updated = await ctx.db.transact(async (trx) => {
      // Becoming a dentist for the first time brings a colour, kept from then on.
      if (willBeDentist && subject.colour === null && changes.colour === undefined) {
        changes.colour = await colourForNewDentist(trx);
      }
      if (body.guardian !== undefined && body.guardian !== subject.guardianId) {
        await assertGuardianLink(trx, ctx, subject, body.guardian);
      }
      const updated = await repo.updateUser(trx, id, changes);
      if (!updated) throw notFound('User');
      await recordAuditEvent(trx, {
        at: changes.updatedAt ?? ctx.now(),
        actorId: actor.id,
        subject: 'account',
        subjectId: id,
        subjectName: updated.name,
        action: 'updated',
        before: auditedUserFields(subject),
        after: auditedUserFields(updated),
        passwordChanged: body.password !== undefined,
        changedWithoutValues:
          changes.notes !== undefined && changes.notes !== subject.record?.notes ? ['notes'] : [],
      });
      if (endSessions) await deleteSessionsOf(trx, id, keepTokenHash);
      if (email.awaitsConfirmation) await queueEmailConfirmation(trx, ctx, id, email.address);
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw familyLinkConflict(error);
  }
  if (email.awaitsConfirmation) await announceEmailConfirmation(ctx);
  // Every process forgets what it knew of the account before its streams see another event…
  if (accountChanged(subject, updated) || body.password !== undefined) {
    await ctx.events.publish({ type: 'user.changed', userId: id });
  }
  // A guardian gained or lost someone to book for: their lists and live updates follow.
  for (const guardian of [subject.guardianId, updated.guardianId]) {
    if (guardian !== null && subject.guardianId !== updated.guardianId) {
      await ctx.events.publish({ type: 'user.changed', userId: guardian });
    }
  }
  // …and ends the streams of the sessions just ended, now rather than at their next heartbeat.
  if (endSessions) {
    await ctx.events.publish({
      type: 'session.revoked',
      userId: id,
      tokenHash: null,
      keepTokenHash,
    });
  }
  const [shown] = await withGuardianNames(ctx, [updated]);
  return shown ?? updated;
}

/**
 * What a change of address does. A patient's own new address waits in `pending_email` for
 * the link sent to it (the old one keeps signing in meanwhile); one the team types, or any
 * without a mail server, replaces the old one at once and counts as confirmed. Typing the
 * current address again withdraws a new one still waiting.
 */
async function plannedEmailChange(
  ctx: AppContext,
  subject: User,
  typed: string | undefined,
  isSelf: boolean,
) {
  const address = typed === undefined ? subject.email : normalizeEmail(typed);
  const changes = typed !== undefined && address !== subject.email;
  const awaitsConfirmation =
    changes &&
    emailChangeNeedsConfirmation({
      mailOn: ctx.config.smtpUrl !== undefined,
      bySelf: isSelf,
      role: subject.role,
    });
  if (awaitsConfirmation) {
    const holder = await repo.findCredentialsByEmail(ctx.db.kysely, address);
    if (holder && holder.user.id !== subject.id) throw emailTaken();
  }
  let columns: UserUpdate = {};
  if (awaitsConfirmation) columns = { pendingEmail: address };
  else if (changes) columns = { email: address, emailVerifiedAt: ctx.now(), pendingEmail: null };
  else if (typed !== undefined && subject.pendingEmail !== null) columns = { pendingEmail: null };
  return {
    address,
    changes,
    awaitsConfirmation,
    changesNow: changes && !awaitsConfirmation,
    columns,
  };
}

/**
 * The stored form of the phone and the patient's record fields `body` changes, each checked;
 * then whether the account as it will be can still be reached (a patient without an email
 * keeps a phone; staff keep an email) on the channel it names.
 */
async function recordChanges(
  ctx: AppContext,
  subject: User,
  body: UpdateUserBody,
  guardianId: number | null,
): Promise<UserUpdate> {
  const changes: UserUpdate = {};
  const needsClinic = body.phone || body.date_of_birth;
  const clinic = needsClinic ? await getClinic(ctx) : undefined;
  if (body.phone !== undefined) {
    Object.assign(changes, checkedPhone(body.phone, clinic?.timeZone ?? 'UTC'));
  }
  if (body.date_of_birth !== undefined) {
    const today = clinicDate(new Date(ctx.now()), clinic?.timeZone ?? 'UTC');
    const problem = body.date_of_birth && dateOfBirthProblem(body.date_of_birth, today);
    if (problem) throw badRequest(problem, { date_of_birth: problem });
    changes.dateOfBirth = body.date_of_birth;
  }
  if (body.medical_alerts !== undefined) {
    const alerts = normalizeMedicalAlerts(body.medical_alerts);
    const problem = medicalAlertsProblem(alerts);
    if (problem) throw badRequest(problem, { medical_alerts: problem });
    changes.medicalAlerts = JSON.stringify(alerts);
  }
  if (body.contact_channel !== undefined) changes.contactChannel = body.contact_channel;
  if (body.notes !== undefined) changes.notes = body.notes;

  const email = body.email !== undefined ? normalizeEmail(body.email) : subject.email;
  const phone = changes.phone ?? subject.phone;
  assertReachable({ role: body.role ?? subject.role, email, phone, guardianId });
  const channel: PatientRecord['contactChannel'] =
    body.contact_channel !== undefined
      ? body.contact_channel
      : (subject.record?.contactChannel ?? null);
  const problem = contactChannelProblem(channel, { email, phone });
  if (problem) throw badRequest(problem, { contact_channel: problem });
  return changes;
}

function accountChanged(before: User, after: User): boolean {
  return (
    before.name !== after.name ||
    before.email !== after.email ||
    before.role !== after.role ||
    before.isDentist !== after.isDentist ||
    before.isActive !== after.isActive ||
    before.colour !== after.colour ||
    before.guardianId !== after.guardianId
  );
}

/**
 * The family rules a change must keep (decision 039): no new sign-in for a dependant without
 * one while linked, and dependants and guardians stay patients.
 */
async function assertFamilyKeepsRules(
  ctx: AppContext,
  subject: User,
  body: UpdateUserBody,
  guardianId: number | null,
): Promise<void> {
  const login = dependantLoginProblem(
    { guardianId, hadEmail: subject.email !== '' },
    { email: body.email !== undefined, password: body.password !== undefined },
  );
  if (login) throw conflict('family_link', login, { email: login });
  if (body.role === undefined || body.role === 'patient') return;
  const dependantCount = await countDependants(ctx.db.kysely, subject.id);
  const role = familyRoleProblem({ guardianId, dependantCount }, body.role);
  if (role) throw conflict('family_link', role, { role });
}

export async function listUsers(
  ctx: AppContext,
  actor: Actor,
  filters: repo.UserFilters,
  page: { limit: number; offset: number },
) {
  if (!canListUsers(actor)) throw forbidden();
  const { users, count } = await repo.listUsers(ctx.db.kysely, filters, page);
  return { users: await withGuardianNames(ctx, users), count };
}

/**
 * Active dentists, for pickers: anyone signed in may book with one. Former dentists too when
 * asked, for the team's filters; a patient never learns of them.
 */
export async function listDentists(ctx: AppContext, actor: Actor, includeInactive: boolean) {
  const dentists = await repo.listDentistsWithColour(
    ctx.db.kysely,
    includeInactive && canListUsers(actor),
  );
  return dentists.map((dentist) => ({
    id: dentist.id,
    name: dentist.name,
    colour: dentist.colour,
    is_active: dentist.isActive,
  }));
}
