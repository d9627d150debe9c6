import { describe, expect, it } from 'vitest';
import { checkOpenRequestLimit } from './open-requests.ts';

describe('checkOpenRequestLimit', () => {
  it('allows a request while the patient holds fewer than the limit', () => {
    expect(checkOpenRequestLimit(0, 3)).toEqual({ allowed: true });
    expect(checkOpenRequestLimit(2, 3)).toEqual({ allowed: true });
  });

  it('refuses the request that would go past the limit, and says how many are allowed', () => {
    const check = checkOpenRequestLimit(3, 3);
    expect(check.allowed).toBe(false);
    expect(!check.allowed && check.reason).toContain('3 requests');
  });

  it('speaks of one request when the clinic allows one', () => {
    const check = checkOpenRequestLimit(1, 1);
    expect(!check.allowed && check.reason).toContain('one request waiting');
  });
});
