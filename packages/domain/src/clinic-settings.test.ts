import { describe, expect, it } from 'vitest';
import { isValidMaxOpenRequests, OPEN_REQUESTS_LIMIT } from './clinic-settings.ts';

describe('isValidMaxOpenRequests', () => {
  it('allows whole numbers from 1 to 50, the default among them', () => {
    expect(isValidMaxOpenRequests(1)).toBe(true);
    expect(isValidMaxOpenRequests(50)).toBe(true);
    expect(isValidMaxOpenRequests(OPEN_REQUESTS_LIMIT.default)).toBe(true);
  });

  it('refuses none, more than 50 and fractions', () => {
    expect(isValidMaxOpenRequests(0)).toBe(false);
    expect(isValidMaxOpenRequests(51)).toBe(false);
    expect(isValidMaxOpenRequests(2.5)).toBe(false);
    expect(isValidMaxOpenRequests(Number.NaN)).toBe(false);
  });
});
