import { describe, expect, it } from 'vitest';
import { redactedUrl } from './logger.ts';

describe('redactedUrl', () => {
  it('hides a calendar feed’s secret and keeps the rest of the address', () => {
    const token = 'a'.repeat(43);
    expect(redactedUrl(`/api/calendar-feeds/${token}.ics`)).toBe(
      '/api/calendar-feeds/[redacted].ics',
    );
    expect(redactedUrl(`/api/calendar-feeds/${token}?x=1`)).toBe(
      '/api/calendar-feeds/[redacted]?x=1',
    );
    expect(redactedUrl(`/api/calendar-feeds/${token}`)).toBe('/api/calendar-feeds/[redacted]');
  });

  it('leaves every other address alone', () => {
    expect(redactedUrl('/api/users/3/calendar-feed')).toBe('/api/users/3/calendar-feed');
    expect(redactedUrl('/api/appointments?page=2')).toBe('/api/appointments?page=2');
  });
});
