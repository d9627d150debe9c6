import type { Language, Role } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, badRequest, conflict, tooManyAttempts } from '../../lib/errors.ts';
import { announceEmailConfirmation, queueEmailConfirmation } from '../account-emails/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { getClinic } from '../clinic/index.ts';
import {
  assertReachable,
  auditedUserFields,
  checkedPhone,
  colourForNewDentist,
  findCredentialsByEmail,
  insertUser,
  normalizeEmail,
  storedEmail,
  type User,
  upgradePasswordHash,
} from '../users/index.ts';
import {
  recordLoginFailure,
  recordLoginSuccess,
  secondsUntilLoginAllowed,
} from './login-throttle.ts';
import { hashPassword, isOutdatedHash, passwordProblem, verifyPassword } from './passwords.ts';
import { startSession } from './sessions.ts';

export interface NewAccount {
  /** Absent or '' only for a patient with a phone number, who then cannot sign in. */
  email?: string | undefined;
  name: string;
  phone?: string | undefined;
  role: Role;
  isDentist?: boolean | undefined;
  /** Omitted for patients the front desk registers who have not chosen a password yet. */
  password?: string | undefined;
  /** Chosen on the sign-up page; absent, the clinic's default applies. */
  language?: Language | undefined;
}

/** Refuses a weak password with a field error the form can show next to the field. */
export function assertAcceptablePassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw badRequest(problem, { password: problem });
}

export const emailTaken = () =>
  conflict('email_taken', 'An account with this email already exists.', {
    email: 'An account with this email already exists.',
  });

/**
 * Inserts an account and its audit entry; a taken email (any case) is a 409, whichever request
 * won a race. `actorId` is who created it; by default the account holder, who registered.
 */
export async function createAccount(
  ctx: AppContext,
  account: NewAccount,
  options: {
    trx?: Kysely<Database>;
    actorId?: number;
    /** The clinic's zone, for reading a national phone number, when it is not stored yet. */
    timeZone?: string;
    /**
     * The address waits for its holder to confirm it. Otherwise it counts as confirmed: the
     * clinic typed it, or no mail server could confirm it.
     */
    unconfirmedEmail?: boolean;
  } = {},
): Promise<User> {
  const email = storedEmail(account.email);
  const typedPhone = account.phone?.trim() ?? '';
  const { phone, phoneDigits, phoneE164 } =
    typedPhone === ''
      ? { phone: '', phoneDigits: '', phoneE164: null }
      : checkedPhone(typedPhone, options.timeZone ?? (await getClinic(ctx)).timeZone);
  assertReachable({ role: account.role, email: email ?? '', phone });
  if (account.password !== undefined) assertAcceptablePassword(account.password);
  // Hashed before any transaction: argon2 takes tens of milliseconds, and on SQLite a
  // transaction holds the one connection every other write waits for.
  const passwordHash = account.password === undefined ? null : await hashPassword(account.password);
  const now = ctx.now();
  const insert = async (trx: Kysely<Database>) => {
    const user = await insertUser(trx, {
      email,
      name: account.name,
      phone,
      phoneDigits,
      phoneE164,
      role: account.role,
      isDentist: account.isDentist ? 1 : 0,
      isActive: 1,
      language: account.language ?? null,
      colour: account.isDentist ? await colourForNewDentist(trx) : null,
      passwordHash,
      emailVerifiedAt: options.unconfirmedEmail ? null : now,
      createdAt: now,
      updatedAt: now,
    });
    await recordAuditEvent(trx, {
      at: now,
      actorId: options.actorId ?? user.id,
      subject: 'account',
      subjectId: user.id,
      subjectName: user.name,
      action: 'created',
      before: null,
      after: auditedUserFields(user),
    });
    return user;
  };
  try {
    return await (options.trx ? insert(options.trx) : ctx.db.transact(insert));
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

export async function registerPatient(
  ctx: AppContext,
  input: {
    email: string;
    password: string;
    name: string;
    phone?: string | undefined;
    language?: Language | undefined;
  },
): Promise<{ token: string; user: User }> {
  // Without a mail server nothing could confirm the address, so it counts as confirmed.
  const mailOn = ctx.config.smtpUrl !== undefined;
  const user = await createAccount(
    ctx,
    { ...input, role: 'patient' },
    { unconfirmedEmail: mailOn },
  );
  if (mailOn) {
    await ctx.db.transact((trx) => queueEmailConfirmation(trx, ctx, user.id, user.email));
    await announceEmailConfirmation(ctx);
  }
  return { token: await startSession(ctx, user.id), user };
}

/**
 * Someone changing their own password proves they know the current one, so a session left
 * open on a shared computer cannot take the account over. Wrong guesses count as failed
 * sign-ins from `address`, so a session cannot be used to guess it either.
 */
export async function assertCurrentPassword(
  ctx: AppContext,
  user: User,
  currentPassword: string | undefined,
  address: string,
): Promise<void> {
  if (!currentPassword) {
    throw badRequest('Enter your current password to choose a new one.', {
      current_password: 'Enter your current password.',
    });
  }
  const wait = await secondsUntilLoginAllowed(ctx, user.email, address);
  if (wait > 0) throw tooManyAttempts(wait);
  const found = await findCredentialsByEmail(ctx.db.kysely, user.email);
  if (!(await verifyPassword(found?.passwordHash ?? null, currentPassword))) {
    await recordLoginFailure(ctx, user.email, address, user);
    throw badRequest('The current password is not right.', {
      current_password: 'This is not your current password.',
    });
  }
}

/** Only at sign-in is the password itself at hand to hash again with today's settings. */
async function upgradeHash(ctx: AppContext, userId: number, previous: string, password: string) {
  const upgraded = await hashPassword(password);
  await ctx.db.transact((trx) => upgradePasswordHash(trx, userId, previous, upgraded));
}

const INVALID_CREDENTIALS = () =>
  new AppError(401, 'not_authenticated', 'Sign-in failed', 'Wrong email or password.');

export async function logIn(
  ctx: AppContext,
  input: { email: string; password: string },
  address: string,
): Promise<{ token: string; user: User }> {
  const email = normalizeEmail(input.email);
  const wait = await secondsUntilLoginAllowed(ctx, email, address);
  if (wait > 0) throw tooManyAttempts(wait);

  const found = await findCredentialsByEmail(ctx.db.kysely, email);
  // Always run the hash check, even for unknown emails, so timing does not reveal accounts.
  const passwordMatches = await verifyPassword(found?.passwordHash ?? null, input.password);
  if (!found || !passwordMatches || !found.user.isActive) {
    await recordLoginFailure(ctx, email, address, found ? found.user : null);
    throw INVALID_CREDENTIALS();
  }
  await recordLoginSuccess(ctx, email, address, found.user.id);
  if (found.passwordHash && isOutdatedHash(found.passwordHash)) {
    await upgradeHash(ctx, found.user.id, found.passwordHash, input.password);
  }
  return { token: await startSession(ctx, found.user.id), user: found.user };
}
