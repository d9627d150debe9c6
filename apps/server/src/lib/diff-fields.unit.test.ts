import { describe, expect, it } from 'vitest';
import { diffFields } from './diff-fields.ts';

describe('diffFields', () => {
  it('lists only the fields whose values differ, missing ones as null', () => {
    expect(diffFields({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', d: true })).toEqual({
      b: ['x', 'y'],
      d: [null, true],
    });
  });

  it('compares objects by content, so unchanged opening hours are not a change', () => {
    const hours = { mon: { open: '09:00', close: '17:00' } };
    expect(diffFields({ hours }, { hours: structuredClone(hours) })).toEqual({});
    expect(diffFields({ hours }, { hours: { mon: null } })).toEqual({
      hours: [hours, { mon: null }],
    });
  });
});
