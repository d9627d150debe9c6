import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CamelCase, Camelize } from './camel-case';
import { camelizeKeys, snakeToCamel } from './case';

describe('CamelCase', () => {
  it('raises the letter or digit after each underscore, as snakeToCamel does', () => {
    expectTypeOf<CamelCase<'patient_name'>>().toEqualTypeOf<'patientName'>();
    expectTypeOf<CamelCase<'no_show_rate'>>().toEqualTypeOf<'noShowRate'>();
    expectTypeOf<CamelCase<'line_2'>>().toEqualTypeOf<'line2'>();
    expectTypeOf<CamelCase<'id'>>().toEqualTypeOf<'id'>();
    expect(snakeToCamel('no_show_rate')).toBe('noShowRate');
  });

  it('keeps an underscore that raises nothing, as snakeToCamel does', () => {
    expectTypeOf<CamelCase<'a__b'>>().toEqualTypeOf<'a_B'>();
    expectTypeOf<CamelCase<'trailing_'>>().toEqualTypeOf<'trailing_'>();
    expectTypeOf<CamelCase<'_Upper'>>().toEqualTypeOf<'_Upper'>();
    expect([snakeToCamel('a__b'), snakeToCamel('trailing_'), snakeToCamel('_Upper')]).toEqual([
      'a_B',
      'trailing_',
      '_Upper',
    ]);
  });

  it('leaves keys it cannot know, such as a record’s, as strings', () => {
    expectTypeOf<CamelCase<string>>().toEqualTypeOf<string>();
  });
});

describe('Camelize', () => {
  type Wire = {
    is_active: boolean;
    opening_hours: { mon: { open: string } | null };
    results: { created_at: string }[];
    changes: Record<string, [unknown, unknown]>;
    next_appointment?: { end_time: string } | null;
    readonly fixed_id: number;
  };

  it('converts keys however deep, keeping values, arrays, tuples and modifiers', () => {
    expectTypeOf<Camelize<Wire>>().toEqualTypeOf<{
      isActive: boolean;
      openingHours: { mon: { open: string } | null };
      results: { createdAt: string }[];
      changes: Record<string, [unknown, unknown]>;
      nextAppointment?: { endTime: string } | null;
      readonly fixedId: number;
    }>();
  });

  it('converts each member of a discriminated union alone', () => {
    type Union = { role: 'a'; week_from: string } | { role: 'b'; pending_count: number };
    expectTypeOf<Camelize<Union>>().toEqualTypeOf<
      { role: 'a'; weekFrom: string } | { role: 'b'; pendingCount: number }
    >();
  });

  it('describes what camelizeKeys returns', () => {
    const wire: Wire = {
      is_active: true,
      opening_hours: { mon: null },
      results: [{ created_at: 'x' }],
      changes: { end_time: ['09:00', '09:30'] },
      fixed_id: 1,
    };
    const camel: Camelize<Wire> = {
      isActive: true,
      openingHours: { mon: null },
      results: [{ createdAt: 'x' }],
      changes: { endTime: ['09:00', '09:30'] },
      fixedId: 1,
    };
    expect(camelizeKeys(wire)).toEqual(camel);
  });
});
