import { describe, expect, it } from 'vitest';
import { appointmentEtag, ifMatchAllows, parseIfMatch } from './etag.ts';

describe('If-Match against an appointment’s version', () => {
  it('allows a request without If-Match', () => {
    expect(ifMatchAllows(parseIfMatch(undefined), 7)).toBe(true);
  });

  it('allows the current tag, alone or in a list', () => {
    expect(ifMatchAllows(parseIfMatch(appointmentEtag(7)), 7)).toBe(true);
    expect(ifMatchAllows(parseIfMatch('"3", "7"'), 7)).toBe(true);
  });

  it('allows * for any current appointment', () => {
    expect(ifMatchAllows(parseIfMatch('*'), 12)).toBe(true);
  });

  it('refuses an older tag', () => {
    expect(ifMatchAllows(parseIfMatch('"6"'), 7)).toBe(false);
  });

  it('refuses weak and malformed tags, since If-Match compares strongly', () => {
    expect(ifMatchAllows(parseIfMatch('W/"7"'), 7)).toBe(false);
    expect(ifMatchAllows(parseIfMatch('7'), 7)).toBe(false);
    expect(ifMatchAllows(parseIfMatch(''), 7)).toBe(false);
  });
});
