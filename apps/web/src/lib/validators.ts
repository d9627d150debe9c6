import { hasLength, isEmail, isNotEmpty } from '@mantine/form';
import type { ReactNode } from 'react';
import { i18n } from './i18n';

/** A form rule: the message to show, or null when the value is fine. */
type Rule = (value: unknown) => ReactNode;

/** The server refuses shorter passwords; checking here saves a round trip. */
export const MIN_PASSWORD_LENGTH = 8;

// Each rule builds its message when it runs, so the message is in the language of that moment.
export const requireName: Rule = (value) => isNotEmpty(i18n.t('validation.name'))(value);
export const requireEmail: Rule = (value) => isEmail(i18n.t('validation.email'))(value);
export const requirePassword: Rule = (value) =>
  hasLength(
    { min: MIN_PASSWORD_LENGTH },
    i18n.t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH }),
  )(value);

/** For fields where a password may be left out, such as a patient registered at the desk. */
export const optionalPassword: Rule = (value) => (value === '' ? null : requirePassword(value));

/** The API takes an absent phone as "none"; an empty string would be stored as a value. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
