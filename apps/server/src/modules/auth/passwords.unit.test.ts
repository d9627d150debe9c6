import { describe, expect, it } from 'vitest';
import { hashPassword, isOutdatedHash, passwordProblem, verifyPassword } from './passwords.ts';

describe('passwordProblem', () => {
  it('refuses passwords under eight characters', () => {
    expect(passwordProblem('abc1234')).toMatch(/at least 8/);
  });
  it('refuses very common passwords whatever their case', () => {
    expect(passwordProblem('password')).toMatch(/common/);
    expect(passwordProblem('Password')).toMatch(/common/);
    expect(passwordProblem('12345678')).toMatch(/common/);
  });
  it('accepts an uncommon passphrase', () => {
    expect(passwordProblem('molar-crown-lisbon-42')).toBeNull();
  });
});

describe('hashPassword and verifyPassword', () => {
  it('stores an argon2id hash that verifies only the right password', async () => {
    const stored = await hashPassword('molar-crown-lisbon-42');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=7168,t=5,p=1\$/);
    expect(await verifyPassword(stored, 'molar-crown-lisbon-42')).toBe(true);
    expect(await verifyPassword(stored, 'molar-crown-lisbon-43')).toBe(false);
  });
  it('still verifies a hash made with the earlier settings, and calls it outdated', async () => {
    // Made with 19 MiB and 2 passes, as the server hashed before 7 MiB and 5 passes.
    const earlier =
      '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5OIgkWD3Ky+SoFHPDo8Kx4FE1XhPb8MgGWCDk1Jjk44';
    expect(await verifyPassword(earlier, 'molar-crown-lisbon-42')).toBe(true);
    expect(isOutdatedHash(earlier)).toBe(true);
    expect(isOutdatedHash(await hashPassword('molar-crown-lisbon-42'))).toBe(false);
  });
  it('never verifies an account without a password', async () => {
    expect(await verifyPassword(null, 'decoy password that never matches')).toBe(false);
  });
});
