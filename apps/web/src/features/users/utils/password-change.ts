import type { UpdateUserInput } from '../api/update-user';

/**
 * Someone changing their own password gives the current one: the server refuses the change
 * without it, so that a session left open on a shared computer cannot take the account over.
 * The clinic team resetting somebody else's password needs no such proof.
 */
export function needsCurrentPassword(
  actorId: number,
  userId: number,
  newPassword: string,
): boolean {
  return actorId === userId && newPassword !== '';
}

/**
 * A form rule for the current-password field: required only when it is needed, and then
 * `required` is its message.
 */
export function currentPasswordRule(actorId: number, userId: number, required: string) {
  return (currentPassword: string, values: { password: string }): string | null =>
    needsCurrentPassword(actorId, userId, values.password) && currentPassword === ''
      ? required
      : null;
}

/** The password part of an update: the new password, with the current one when needed. */
export function passwordChange(
  actorId: number,
  userId: number,
  values: { password: string; currentPassword: string },
): Pick<UpdateUserInput, 'password' | 'currentPassword'> {
  if (values.password === '') return {};
  return needsCurrentPassword(actorId, userId, values.password)
    ? { password: values.password, currentPassword: values.currentPassword }
    : { password: values.password };
}
