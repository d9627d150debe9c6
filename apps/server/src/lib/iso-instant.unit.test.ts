import { describe, expect, it } from 'vitest';
import { isoInstant } from './iso-instant.ts';

describe('isoInstant', () => {
  it('formats exactly like Date.toISOString across days, hours and milliseconds', () => {
    let ms = Date.UTC(1999, 11, 31, 23, 59, 59, 999);
    for (let i = 0; i < 20_000; i++) {
      expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
      ms += 7_919_213 + (i % 1000);
    }
  });

  it('handles the edges of a day and instants before 1970', () => {
    for (const ms of [0, -1, 86_399_999, 86_400_000, Date.UTC(1969, 6, 20, 20, 17, 40, 5)]) {
      expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('falls back to Date for fractional instants and years past 9999', () => {
    for (const ms of [1.5, Date.UTC(12_000, 0, 1)]) {
      expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
