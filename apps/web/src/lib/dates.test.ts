import { afterEach, describe, expect, it } from 'vitest';
import {
  formatInstant,
  formatLongDate,
  formatShortDate,
  formatTime,
  setClinicClock,
  weekdayName,
} from './dates';
import { i18n } from './i18n';

afterEach(async () => {
  setClinicClock('24h');
  await i18n.changeLanguage('en');
});

describe('date formatting', () => {
  it('shows a clinic day as day and month', () => {
    expect(formatShortDate('2026-12-02')).toBe('2 Dec');
  });

  it('names the weekday and year in the long form', () => {
    expect(formatLongDate('2026-12-02')).toBe('Wed 2 Dec 2026');
  });

  it('shows instants on the clinic’s clock', () => {
    expect(formatInstant('2026-11-25T23:30:00.000Z', 'Asia/Tokyo')).toBe('26 Nov 2026, 08:30');
    expect(formatInstant('2026-11-25T23:30:00.000Z', 'UTC')).toBe('25 Nov 2026, 23:30');
  });

  it('passes through what it cannot read', () => {
    expect(formatShortDate('soon')).toBe('soon');
  });

  it('writes dates and weekdays in the active language', async () => {
    await i18n.changeLanguage('es');
    expect(formatLongDate('2026-12-02')).toMatch(/^mié.* 2 dic.* 2026$/);
    expect(weekdayName(0)).toBe('lunes');
    await i18n.changeLanguage('de');
    expect(formatShortDate('2026-12-02')).toMatch(/^2\. Dez/);
    expect(weekdayName(6)).toBe('Sonntag');
  });

  it('follows a clinic on the 12-hour clock', () => {
    expect(formatTime('14:30')).toBe('14:30');
    setClinicClock('12h');
    expect(formatTime('14:30')).toMatch(/^2:30\spm$/i);
    expect(formatInstant('2026-11-25T23:30:00.000Z', 'UTC')).toMatch(/11:30\spm$/i);
  });
});
