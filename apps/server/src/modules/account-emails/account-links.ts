import { randomBytes } from 'node:crypto';
import {
  type AccountLinkPurpose,
  type AccountLinkState,
  accountLinkExpiresAt,
  accountLinkState,
} from '@clinic/domain';
import type { Config } from '../../config.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../lib/errors.ts';
import { publicOrigin } from '../../lib/public-origin.ts';
import { hashToken } from '../auth/index.ts';
import { findAccountLink, insertAccountLink } from './account-links.repository.ts';

const PAGES: Record<AccountLinkPurpose, string> = {
  password_reset: '/reset-password',
  email_verification: '/verify-email',
};

/**
 * The link as the email shows it. The token travels after `#`, which browsers never send to a
 * server, so it cannot reach an access log or a proxy; the page hands it to the API itself.
 * The origin is PUBLIC_URL, never a request's Host header (a forged one would send the token
 * elsewhere); without it, the address the server listens on, right for a clinic on one machine.
 */
export function accountLinkUrl(config: Config, purpose: AccountLinkPurpose, token: string): string {
  return `${publicOrigin(config)}${PAGES[purpose]}#token=${token}`;
}

/** Issues a link for `userId` at `email`: 256 random bits, kept only as their hash. */
export async function issueAccountLink(
  ctx: AppContext,
  purpose: AccountLinkPurpose,
  user: { id: number; email: string },
): Promise<{ token: string; tokenHash: string }> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  const now = ctx.now();
  await insertAccountLink(ctx.db.kysely, {
    purpose,
    tokenHash,
    userId: user.id,
    email: user.email,
    createdAt: now,
    expiresAt: accountLinkExpiresAt(purpose, now),
  });
  return { token, tokenHash };
}

const LINK_PROBLEMS: Record<Exclude<AccountLinkState, 'valid'>, () => AppError> = {
  unknown: () =>
    new AppError(
      400,
      'link_invalid',
      'Link not valid',
      'This link is not valid. Copy the whole link from the email, or ask for a new one.',
    ),
  used: () =>
    new AppError(
      400,
      'link_used',
      'Link already used',
      'This link was used already; each works once. Ask for a new one if you need it.',
    ),
  expired: () =>
    new AppError(400, 'link_expired', 'Link expired', 'This link has expired. Ask for a new one.'),
};

export function linkProblem(state: Exclude<AccountLinkState, 'valid'>): AppError {
  return LINK_PROBLEMS[state]();
}

/** The link behind `token` while it may still be used; a 400 saying why otherwise. */
export async function usableLink(ctx: AppContext, purpose: AccountLinkPurpose, token: string) {
  const tokenHash = hashToken(token);
  const link = await findAccountLink(ctx.db.kysely, purpose, tokenHash);
  const state = accountLinkState(link, ctx.now());
  if (state !== 'valid' || !link) throw linkProblem(state === 'valid' ? 'unknown' : state);
  return { ...link, tokenHash };
}
