import type { ReactNode } from 'react';
import { i18n } from './i18n';

/** A form rule: the message to show, or null when the value is fine. */
type Rule = (value: unknown) => ReactNode;

/** The server refuses shorter passwords; checking here saves a round trip. */
export const MIN_PASSWORD_LENGTH = 8;

// The rules are written out rather than taken from the form library, so that the sign-in page,
// which keeps its two fields itself, does not download that library for them.
const EMAIL = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/;
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

// Each rule builds its message when it runs, so the message is in the language of that moment.
export const requireName: Rule = (value) =>
  trimmed(value) === '' ? i18n.t('validation.name') : null;
export const requireEmail: Rule = (value) =>
  typeof value === 'string' && EMAIL.test(value) ? null : i18n.t('validation.email');
export const requirePassword: Rule = (value) =>
  trimmed(value).length >= MIN_PASSWORD_LENGTH
    ? null
    : i18n.t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH });

/** For fields where a password may be left out, such as a patient registered at the desk. */
export const optionalPassword: Rule = (value) => (value === '' ? null : requirePassword(value));

/** The API takes an absent phone as "none"; an empty string would be stored as a value. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
