import { describe, expect, it } from 'vitest';
import {
  dentistLabel,
  formatCount,
  formatHours,
  formatPercent,
  NOT_APPLICABLE,
} from './report-format';

describe('formatPercent', () => {
  it('shows a fraction as a percentage with at most one decimal', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('lets utilisation run past 100%', () => {
    expect(formatPercent(1.25)).toBe('125%');
  });

  it('shows a dash for a rate that does not apply', () => {
    expect(formatPercent(null)).toBe(NOT_APPLICABLE);
    expect(NOT_APPLICABLE).toBe('—');
  });
});

describe('formatHours', () => {
  it('shows minutes as hours with at most one decimal', () => {
    expect(formatHours(0)).toBe('0 h');
    expect(formatHours(750)).toBe('12.5 h');
    expect(formatHours(480)).toBe('8 h');
    expect(formatHours(20)).toBe('0.3 h');
  });

  it('groups the thousands of a long period', () => {
    expect(formatHours(120_000)).toBe('2,000 h');
  });
});

describe('formatCount', () => {
  it('groups the thousands', () => {
    expect(formatCount(7)).toBe('7');
    expect(formatCount(12_345)).toBe('12,345');
  });
});

describe('dentistLabel', () => {
  it('names the dentist, or says that nobody was assigned', () => {
    expect(dentistLabel({ dentistName: 'Dr Ada Lovelace' })).toBe('Dr Ada Lovelace');
    expect(dentistLabel({ dentistName: null })).toBe('No dentist assigned');
  });
});
