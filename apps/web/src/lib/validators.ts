import { hasLength, isEmail, isNotEmpty } from '@mantine/form';
import type { ReactNode } from 'react';

/** A form rule: the message to show, or null when the value is fine. */
type Rule = (value: unknown) => ReactNode;

/** The server refuses shorter passwords; checking here saves a round trip. */
export const MIN_PASSWORD_LENGTH = 8;

export const requireName: Rule = isNotEmpty('Enter a name');
export const requireEmail: Rule = isEmail('Enter a valid email address');
export const requirePassword: Rule = hasLength(
  { min: MIN_PASSWORD_LENGTH },
  `Use at least ${MIN_PASSWORD_LENGTH} characters`,
);

/** For fields where a password may be left out, such as a patient registered at the desk. */
export const optionalPassword: Rule = (value) => (value === '' ? null : requirePassword(value));

/** The API takes an absent phone as "none"; an empty string would be stored as a value. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
