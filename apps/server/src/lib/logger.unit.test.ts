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

  it('takes a token out of the query, keeping the rest', () => {
    expect(redactedUrl('/api/unsubscribe/one-click?token=12.email.abc')).toBe(
      '/api/unsubscribe/one-click?token=[redacted]',
    );
    expect(redactedUrl('/x?a=1&token=secret&b=2')).toBe('/x?a=1&token=[redacted]&b=2');
  });

  it('leaves every other address alone', () => {
    expect(redactedUrl('/api/users/3/calendar-feed')).toBe('/api/users/3/calendar-feed');
    expect(redactedUrl('/api/appointments?page=2')).toBe('/api/appointments?page=2');
  });
});
