import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_EMAILS_PER_WINDOW,
  accountLinkExpiresAt,
  accountLinkState,
  emailChangeNeedsConfirmation,
  mayEmailAccountAgain,
  mayRequestVisits,
} from './account-links.ts';

const issuedAt = Date.parse('2026-11-25T10:00:00Z');
const MINUTE = 60_000;

describe('account links', () => {
  it('lets a reset link live 30 minutes and a confirmation link 48 hours', () => {
    expect(accountLinkExpiresAt('password_reset', issuedAt)).toBe(issuedAt + 30 * MINUTE);
    expect(accountLinkExpiresAt('email_verification', issuedAt)).toBe(issuedAt + 48 * 60 * MINUTE);
  });

  it('is valid until the last millisecond before it expires, and expired from then on', () => {
    const link = { expiresAt: accountLinkExpiresAt('password_reset', issuedAt), usedAt: null };
    expect(accountLinkState(link, issuedAt)).toBe('valid');
    expect(accountLinkState(link, link.expiresAt - 1)).toBe('valid');
    expect(accountLinkState(link, link.expiresAt)).toBe('expired');
  });

  it('works once: a used link stays used, also after it would have expired', () => {
    const used = { expiresAt: issuedAt + 30 * MINUTE, usedAt: issuedAt + MINUTE };
    expect(accountLinkState(used, issuedAt + 2 * MINUTE)).toBe('used');
    expect(accountLinkState(used, issuedAt + 60 * MINUTE)).toBe('used');
  });

  it('calls a token nobody issued unknown', () => {
    expect(accountLinkState(undefined, issuedAt)).toBe('unknown');
  });

  it('sends an account at most the allowed number of emails per window', () => {
    expect(mayEmailAccountAgain(0)).toBe(true);
    expect(mayEmailAccountAgain(ACCOUNT_EMAILS_PER_WINDOW.max - 1)).toBe(true);
    expect(mayEmailAccountAgain(ACCOUNT_EMAILS_PER_WINDOW.max)).toBe(false);
  });
});

describe('email changes and unconfirmed patients', () => {
  it('asks a patient changing their own address to confirm it, only with mail on', () => {
    expect(emailChangeNeedsConfirmation({ mailOn: true, bySelf: true, role: 'patient' })).toBe(
      true,
    );
    expect(emailChangeNeedsConfirmation({ mailOn: false, bySelf: true, role: 'patient' })).toBe(
      false,
    );
  });

  it('takes the address the team types for a patient as it is', () => {
    expect(emailChangeNeedsConfirmation({ mailOn: true, bySelf: false, role: 'patient' })).toBe(
      false,
    );
  });

  it('lets an unconfirmed patient request visits only when the clinic allows it', () => {
    const unconfirmed = { emailVerified: false, mailOn: true };
    expect(mayRequestVisits({ ...unconfirmed, clinicAllowsUnverified: true })).toBe(true);
    expect(mayRequestVisits({ ...unconfirmed, clinicAllowsUnverified: false })).toBe(false);
    expect(
      mayRequestVisits({ emailVerified: true, mailOn: true, clinicAllowsUnverified: false }),
    ).toBe(true);
  });

  it('never holds a patient back for a confirmation no email could bring', () => {
    expect(
      mayRequestVisits({ emailVerified: false, mailOn: false, clinicAllowsUnverified: false }),
    ).toBe(true);
  });
});
