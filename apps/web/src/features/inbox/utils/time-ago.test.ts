import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago';

const at = '2026-11-25T10:00:00.000Z';
const now = Date.parse(at);
const MINUTE = 60_000;

describe('timeAgo', () => {
  it('counts minutes, hours, days and weeks back in the reader’s language', () => {
    expect(timeAgo(at, now + 20_000, 'en')).toBe('now');
    expect(timeAgo(at, now + 5 * MINUTE, 'en')).toBe('5 minutes ago');
    expect(timeAgo(at, now + 3 * 60 * MINUTE, 'en')).toBe('3 hours ago');
    expect(timeAgo(at, now + 24 * 60 * MINUTE, 'en')).toBe('yesterday');
    expect(timeAgo(at, now + 20 * 24 * 60 * MINUTE, 'en')).toBe('2 weeks ago');
    expect(timeAgo(at, now + 5 * MINUTE, 'de')).toBe('vor 5 Minuten');
  });

  it('says “now” when this device’s clock is a little behind the server’s', () => {
    expect(timeAgo(at, now - 3_000, 'en')).toBe('now');
  });

  it('leaves old items and unreadable instants to the exact date', () => {
    expect(timeAgo(at, now + 60 * 24 * 60 * MINUTE, 'en')).toBeNull();
    expect(timeAgo('not a date', now, 'en')).toBeNull();
  });
});
