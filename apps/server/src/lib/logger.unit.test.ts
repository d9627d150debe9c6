import { describe, expect, it } from 'vitest';
import { loggedUrl } from './logger.ts';

describe('loggedUrl', () => {
  it('takes a token out of the query, keeping the rest', () => {
    expect(loggedUrl('/api/unsubscribe/one-click?token=12.email.abc')).toBe(
      '/api/unsubscribe/one-click?token=[redacted]',
    );
    expect(loggedUrl('/x?a=1&token=secret&b=2')).toBe('/x?a=1&token=[redacted]&b=2');
    expect(loggedUrl('/api/appointments?page=2')).toBe('/api/appointments?page=2');
  });
});
