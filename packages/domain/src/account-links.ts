/**
 * Single-use links sent by email: one to choose a new password, one to confirm an address.
 * The link carries a random token; the database keeps only its hash, with these rules.
 */
export const ACCOUNT_LINK_PURPOSES = ['password_reset', 'email_verification'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

const MINUTE_MS = 60_000;

/** A reset link is a key to the account: short-lived. A confirmation link may wait for a weekend. */
export const ACCOUNT_LINK_LIFETIME_MS: Record<AccountLinkPurpose, number> = {
  password_reset: 30 * MINUTE_MS,
  email_verification: 48 * 60 * MINUTE_MS,
};

export function accountLinkExpiresAt(purpose: AccountLinkPurpose, issuedAt: number): number {
  return issuedAt + ACCOUNT_LINK_LIFETIME_MS[purpose];
}

export type AccountLinkState = 'valid' | 'unknown' | 'used' | 'expired';

/**
 * What a link is worth at `now`. Used wins over expired, so someone who already used it is
 * told so rather than that it ran out.
 */
export function accountLinkState(
  link: { expiresAt: number; usedAt: number | null } | undefined,
  now: number,
): AccountLinkState {
  if (!link) return 'unknown';
  if (link.usedAt !== null) return 'used';
  return now < link.expiresAt ? 'valid' : 'expired';
}

/**
 * How many emails of one purpose one account receives in a window: enough to retry after a
 * lost message, too few to flood someone's inbox by typing their address again and again.
 */
export const ACCOUNT_EMAILS_PER_WINDOW = { max: 3, windowMs: 15 * MINUTE_MS } as const;

/** Whether another email may go to an account that received `sentInWindow` in the window. */
export function mayEmailAccountAgain(sentInWindow: number): boolean {
  return sentInWindow < ACCOUNT_EMAILS_PER_WINDOW.max;
}

/**
 * Whether a patient's new address waits for confirmation before it replaces the old one. Only
 * someone changing their own address proves it; the team types what the patient told them,
 * and without a mail server nothing can be confirmed.
 */
export function emailChangeNeedsConfirmation(change: {
  mailOn: boolean;
  bySelf: boolean;
  role: 'owner' | 'staff' | 'patient';
}): boolean {
  return change.mailOn && change.bySelf && change.role === 'patient';
}

/**
 * Whether a patient may ask for visits yet: a clinic may require a confirmed address first,
 * which it can only do with a mail server to confirm it through.
 */
export function mayRequestVisits(patient: {
  emailVerified: boolean;
  mailOn: boolean;
  clinicAllowsUnverified: boolean;
}): boolean {
  return patient.emailVerified || !patient.mailOn || patient.clinicAllowsUnverified;
}
