import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteServerDate, serverNow } from './server-clock';

afterEach(() => {
  noteServerDate(new Date().toUTCString());
  vi.useRealTimers();
});

describe('serverNow', () => {
  it('follows the server when this device’s clock is a day behind', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00.000Z') });
    noteServerDate('Wed, 25 Nov 2026 10:00:00 GMT');
    expect(serverNow()).toBe(Date.parse('2026-11-25T10:00:00.500Z'));
    vi.advanceTimersByTime(60_000);
    expect(serverNow()).toBe(Date.parse('2026-11-25T10:01:00.500Z'));
  });

  it('keeps the device’s own clock when the two agree within seconds', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-25T10:00:02.000Z') });
    noteServerDate('Wed, 25 Nov 2026 10:00:00 GMT');
    expect(serverNow()).toBe(Date.parse('2026-11-25T10:00:02.000Z'));
  });

  it('ignores a missing or unreadable header', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-25T10:00:00.000Z') });
    noteServerDate(null);
    noteServerDate('not a date');
    expect(serverNow()).toBe(Date.parse('2026-11-25T10:00:00.000Z'));
  });
});
