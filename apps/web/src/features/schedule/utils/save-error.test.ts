import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { isStaleRefusal, saveErrorOutcome } from './save-error';

const refusal = (status: number, fieldErrors: Record<string, string> = {}) =>
  new ApiError({ status, message: 'Refused.', fieldErrors });

describe('what a refused schedule save means for its dialog', () => {
  it('closes on an entry deleted meanwhile', () => {
    expect(saveErrorOutcome(refusal(404))).toBe('gone');
  });

  it('points at a clash with what is there now', () => {
    expect(saveErrorOutcome(refusal(409))).toBe('conflict');
    expect(saveErrorOutcome(refusal(412))).toBe('conflict');
  });

  it('puts named fields next to the fields', () => {
    expect(saveErrorOutcome(refusal(400, { dateTo: 'Too long.' }))).toBe('fields');
  });

  it('only reports a refusal, a bare 400 or a lost connection', () => {
    expect(saveErrorOutcome(refusal(403))).toBe('other');
    expect(saveErrorOutcome(refusal(400))).toBe('other');
    expect(saveErrorOutcome(refusal(0))).toBe('other');
    expect(saveErrorOutcome(new Error('boom'))).toBe('other');
  });

  it('refreshes the lists only when they are out of date', () => {
    expect(isStaleRefusal(refusal(404))).toBe(true);
    expect(isStaleRefusal(refusal(409))).toBe(true);
    expect(isStaleRefusal(refusal(400, { reason: 'Too long.' }))).toBe(false);
    expect(isStaleRefusal(refusal(403))).toBe(false);
  });
});
