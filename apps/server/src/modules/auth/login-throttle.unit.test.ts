import { describe, expect, it } from 'vitest';
import { pairDelayMs } from './login-throttle.ts';

describe('pairDelayMs', () => {
  it('lets the first five failures of an account from one address through at once', () => {
    for (let failures = 0; failures < 5; failures++) expect(pairDelayMs(failures)).toBe(0);
  });

  it('waits 1 s after the fifth failure and doubles with each further one', () => {
    expect([5, 6, 7, 8, 9].map(pairDelayMs)).toEqual([1000, 2000, 4000, 8000, 16_000]);
  });

  it('never waits more than 15 minutes, however long the run', () => {
    expect(pairDelayMs(14)).toBe(512_000);
    expect(pairDelayMs(15)).toBe(15 * 60_000);
    expect(pairDelayMs(10_000)).toBe(15 * 60_000);
  });
});
