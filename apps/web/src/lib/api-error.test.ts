import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  apiErrorFromResponse,
  describeError,
  isApiError,
  networkError,
} from './api-error';
import { i18n } from './i18n';

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

describe('describeError', () => {
  afterEach(() => i18n.changeLanguage('en'));

  const doubleBooking = new ApiError({
    status: 409,
    code: 'double_booking',
    message: 'Dr. Sam Reed is already booked from 09:30 to 10:00 on 2026-12-02.',
  });

  it('gives English readers the server’s own words, particulars included', () => {
    expect(describeError(doubleBooking)).toBe(doubleBooking.message);
  });

  it('says a known code in the reader’s language', async () => {
    await i18n.changeLanguage('es');
    expect(describeError(doubleBooking)).toBe(
      'Esa hora ya está ocupada. Elija otra hora u otro dentista.',
    );
    const stale = new ApiError({ status: 412, code: 'precondition_failed', message: 'Changed.' });
    expect(describeError(stale)).toMatch(/^Otra persona ha modificado/);
  });

  it('counts the wait of a refusal to retry in the reader’s language', async () => {
    await i18n.changeLanguage('de');
    const limited = new ApiError({ status: 429, message: 'Slow down.', retryAfterSeconds: 30 });
    expect(describeError(limited)).toBe(
      'Zu viele Versuche. Versuchen Sie es in 30 Sekunden erneut.',
    );
  });

  it('keeps the server’s words for a code it does not know', async () => {
    await i18n.changeLanguage('fr');
    const odd = new ApiError({ status: 409, code: 'time_zone_overlap', message: 'Overlap.' });
    expect(describeError(odd)).toBe('Overlap.');
    expect(describeError(networkError())).toMatch(/^Le serveur du cabinet est injoignable/);
  });
});
