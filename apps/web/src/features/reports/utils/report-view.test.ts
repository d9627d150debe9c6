import { describe, expect, it } from 'vitest';
import {
  applyReportViewChange,
  isPresetChosen,
  monthOf,
  readReportView,
  reportPresets,
} from './report-view';

describe('readReportView', () => {
  it('leaves both days to the server by default', () => {
    expect(readReportView(new URLSearchParams())).toEqual({ from: '', to: '' });
  });

  it('reads a bookmarked period', () => {
    expect(readReportView(new URLSearchParams('from=2026-11-01&to=2026-11-30'))).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('ignores days that are not real dates', () => {
    expect(readReportView(new URLSearchParams('from=2026-02-30&to=soon'))).toEqual({
      from: '',
      to: '',
    });
  });
});

describe('applyReportViewChange', () => {
  it('sets the days it is given and keeps the rest of the address', () => {
    const next = applyReportViewChange(new URLSearchParams('to=2026-11-30&x=1'), {
      from: '2026-11-01',
    });
    expect(next.toString()).toBe('to=2026-11-30&x=1&from=2026-11-01');
  });

  it('drops cleared days from the address', () => {
    const next = applyReportViewChange(new URLSearchParams('from=2026-11-01&to=2026-11-30'), {
      from: '',
      to: '',
    });
    expect(next.toString()).toBe('');
  });
});

describe('monthOf', () => {
  it('spans the calendar month that holds the day', () => {
    expect(monthOf('2026-11-17')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthOf('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('knows the length of February, leap years included', () => {
    expect(monthOf('2027-02-01')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(monthOf('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});

describe('reportPresets', () => {
  it('offers the default 4 weeks, this month and last month', () => {
    expect(reportPresets('2026-11-17')).toEqual([
      { id: 'lastFourWeeks', from: '', to: '' },
      { id: 'thisMonth', from: '2026-11-01', to: '2026-11-30' },
      { id: 'lastMonth', from: '2026-10-01', to: '2026-10-31' },
    ]);
  });

  it('reaches back into the previous year in January', () => {
    expect(reportPresets('2027-01-05')[2]).toEqual({
      id: 'lastMonth',
      from: '2026-12-01',
      to: '2026-12-31',
    });
  });

  it('marks a preset chosen only when both days match it', () => {
    const [lastFourWeeks, thisMonth] = reportPresets('2026-11-17');
    if (!lastFourWeeks || !thisMonth) throw new Error('presets missing');
    expect(isPresetChosen({ from: '', to: '' }, lastFourWeeks)).toBe(true);
    expect(isPresetChosen({ from: '2026-11-01', to: '2026-11-30' }, thisMonth)).toBe(true);
    expect(isPresetChosen({ from: '2026-11-01', to: '' }, thisMonth)).toBe(false);
  });
});
