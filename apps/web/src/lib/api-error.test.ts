import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse, isApiError } from './api-error';

function problem(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

describe('apiErrorFromResponse', () => {
  it('keeps the detail, the code and the field messages under camelCase names', async () => {
    const error = await apiErrorFromResponse(
      problem(400, {
        title: 'Invalid input',
        status: 400,
        detail: 'Check these fields: duration_minutes.',
        code: 'validation_error',
        errors: { duration_minutes: 'Expected a number' },
      }),
    );
    expect(error.message).toBe('Check these fields: duration_minutes.');
    expect(error.code).toBe('validation_error');
    expect(error.fieldErrors).toEqual({ durationMinutes: 'Expected a number' });
    expect(isApiError(error, 400)).toBe(true);
  });

  it('reads Retry-After on 429', async () => {
    const error = await apiErrorFromResponse(
      problem(429, { title: 'Too many attempts', status: 429 }, { 'Retry-After': '900' }),
    );
    expect(error.retryAfterSeconds).toBe(900);
    expect(error.message).toBe('Too many attempts');
  });

  it('still explains a failure whose body is not JSON', async () => {
    const error = await apiErrorFromResponse(
      new Response('<html>Bad gateway</html>', { status: 502 }),
    );
    expect(error.status).toBe(502);
    expect(error.message).toBe('The request failed (502).');
  });
});
