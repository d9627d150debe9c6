import { describe, expect, it } from 'vitest';
import { camelizeKeys, snakeizeKeys } from './case';

describe('key case conversion', () => {
  it('camelizes nested objects and arrays', () => {
    expect(
      camelizeKeys({
        results: [{ is_dentist: true, created_at: 'x' }],
        opening_hours: { mon: { open: '08:00' } },
      }),
    ).toEqual({
      results: [{ isDentist: true, createdAt: 'x' }],
      openingHours: { mon: { open: '08:00' } },
    });
  });

  it('snake-cases request bodies and leaves values alone', () => {
    expect(snakeizeKeys({ clinicName: 'Smile', reminderLeadHours: 24, tags: ['aB'] })).toEqual({
      clinic_name: 'Smile',
      reminder_lead_hours: 24,
      tags: ['aB'],
    });
  });

  it('keeps null and primitives as they are', () => {
    expect(camelizeKeys(null)).toBeNull();
    expect(camelizeKeys({ sun: null })).toEqual({ sun: null });
  });
});
