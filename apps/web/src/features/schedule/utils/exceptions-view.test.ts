import { describe, expect, it } from 'vitest';
import { exceptionsFilter, isPastException } from './exceptions-view';

const today = '2026-12-02';

describe('which closures, time off and extra hours a list shows', () => {
  it('asks for what is under way or coming up by default', () => {
    expect(exceptionsFilter('time_off', 4, today, false)).toEqual({
      kind: 'time_off',
      dentist: 4,
      dateFrom: today,
    });
  });

  it('asks for past ones too when looking back', () => {
    expect(exceptionsFilter('closure', null, today, true)).toEqual({
      kind: 'closure',
      dentist: undefined,
      dateFrom: undefined,
    });
  });

  it('marks as past only what ended before today', () => {
    expect(isPastException({ dateTo: '2026-12-01' }, today)).toBe(true);
    expect(isPastException({ dateTo: today }, today)).toBe(false);
    expect(isPastException({ dateTo: '2026-12-03' }, today)).toBe(false);
  });
});
