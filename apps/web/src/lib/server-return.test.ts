import { describe, expect, it } from 'vitest';
import { serverPollDelay } from './server-return';

describe('serverPollDelay', () => {
  it('waits twice as long after each unanswered question, from one second', () => {
    expect([0, 1, 2, 3].map(serverPollDelay)).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('never waits more than half a minute, however long the server is away', () => {
    expect(serverPollDelay(5)).toBe(30_000);
    expect(serverPollDelay(100)).toBe(30_000);
  });
});
