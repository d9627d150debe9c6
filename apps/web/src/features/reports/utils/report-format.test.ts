import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import {
  dentistLabel,
  formatCount,
  formatHours,
  formatPercent,
  NOT_APPLICABLE,
} from './report-format';

const t = i18n.getFixedT('en', 'reports');

describe('formatPercent', () => {
  it('shows a fraction as a percentage with at most one decimal', () => {
    expect(formatPercent(0, 'en-GB')).toBe('0%');
    expect(formatPercent(0.125, 'en-GB')).toBe('12.5%');
    expect(formatPercent(1 / 3, 'en-GB')).toBe('33.3%');
    expect(formatPercent(1, 'en-GB')).toBe('100%');
  });

  it('lets utilisation run past 100%', () => {
    expect(formatPercent(1.25, 'en-GB')).toBe('125%');
  });

  it('shows a dash for a rate that does not apply', () => {
    expect(formatPercent(null, 'en-GB')).toBe(NOT_APPLICABLE);
    expect(NOT_APPLICABLE).toBe('—');
  });

  it('writes the percentage as the reader’s language does', () => {
    // French and German use a decimal comma and a no-break space (of a width that varies
    // between versions of the Unicode data) before the sign.
    const plainSpaces = (text: string) => text.replace(/\s/g, ' ');
    expect(plainSpaces(formatPercent(0.125, 'fr-FR'))).toBe('12,5 %');
    expect(plainSpaces(formatPercent(0.125, 'de-DE'))).toBe('12,5 %');
  });
});

describe('formatHours', () => {
  it('shows minutes as hours with at most one decimal', () => {
    expect(formatHours(0, 'en-GB', t)).toBe('0 h');
    expect(formatHours(750, 'en-GB', t)).toBe('12.5 h');
    expect(formatHours(480, 'en-GB', t)).toBe('8 h');
    expect(formatHours(20, 'en-GB', t)).toBe('0.3 h');
  });

  it('groups the thousands of a long period', () => {
    expect(formatHours(120_000, 'en-GB', t)).toBe('2,000 h');
  });

  it('uses the language’s decimal mark and unit', async () => {
    await i18n.loadLanguages('de');
    expect(formatHours(750, 'de-DE', i18n.getFixedT('de', 'reports'))).toBe('12,5 Std.');
  });
});

describe('formatCount', () => {
  it('groups the thousands', () => {
    expect(formatCount(7, 'en-GB')).toBe('7');
    expect(formatCount(12_345, 'en-GB')).toBe('12,345');
    expect(formatCount(12_345, 'de-DE')).toBe('12.345');
  });
});

describe('dentistLabel', () => {
  it('names the dentist, or says that nobody was assigned', () => {
    expect(dentistLabel({ dentistName: 'Dr Ada Lovelace' }, t)).toBe('Dr Ada Lovelace');
    expect(dentistLabel({ dentistName: null }, t)).toBe('No dentist assigned');
  });
});
