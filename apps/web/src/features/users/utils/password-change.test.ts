import { describe, expect, it } from 'vitest';
import { currentPasswordRule, needsCurrentPassword, passwordChange } from './password-change';

const REQUIRED = 'Enter your current password';

describe('changing a password', () => {
  it('asks for the current password only when someone changes their own', () => {
    expect(needsCurrentPassword(7, 7, 'new-molar-crown-99')).toBe(true);
    expect(needsCurrentPassword(1, 7, 'new-molar-crown-99')).toBe(false);
    expect(needsCurrentPassword(7, 7, '')).toBe(false);
  });

  it('refuses to send your own new password without the current one', () => {
    const rule = currentPasswordRule(7, 7, REQUIRED);
    expect(rule('', { password: 'new-molar-crown-99' })).toBe(REQUIRED);
    expect(rule('molar-crown-lisbon-42', { password: 'new-molar-crown-99' })).toBeNull();
    expect(rule('', { password: '' })).toBeNull();
    expect(currentPasswordRule(1, 7, REQUIRED)('', { password: 'new-molar-crown-99' })).toBeNull();
  });

  it('sends the current password with your own new one, and never for someone else', () => {
    const values = { password: 'new-molar-crown-99', currentPassword: 'molar-crown-lisbon-42' };
    expect(passwordChange(7, 7, values)).toEqual(values);
    expect(passwordChange(1, 7, values)).toEqual({ password: 'new-molar-crown-99' });
    expect(passwordChange(7, 7, { password: '', currentPassword: 'x' })).toEqual({});
  });
});
