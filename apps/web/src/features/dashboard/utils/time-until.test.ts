import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { timeUntil } from './time-until';

const lisbon = 'Europe/Lisbon';
// 2026-07-10 14:00 in Lisbon (summer time, UTC+1).
const clock = { now: Date.parse('2026-07-10T13:00:00Z'), today: '2026-07-10', zone: lisbon };

describe('timeUntil', () => {
  it('counts minutes and hours within the clinic’s day', () => {
    expect(timeUntil({ date: '2026-07-10', time: '14:20' }, clock)).toBe('in 20 minutes');
    expect(timeUntil({ date: '2026-07-10', time: '14:01' }, clock)).toBe('in 1 minute');
    expect(timeUntil({ date: '2026-07-10', time: '16:00' }, clock)).toBe('in 2 hours');
    expect(timeUntil({ date: '2026-07-10', time: '16:40' }, clock)).toBe('in 3 hours');
  });

  it('measures against the clinic’s clock, not the browser’s', () => {
    // 14:00 UTC is 15:00 in Lisbon: one hour after the clinic's now.
    const utc = { ...clock, zone: 'UTC', today: '2026-07-10' };
    expect(timeUntil({ date: '2026-07-10', time: '15:00' }, clock)).toBe('in 1 hour');
    expect(timeUntil({ date: '2026-07-10', time: '15:00' }, utc)).toBe('in 2 hours');
  });

  it('counts calendar days beyond today', () => {
    expect(timeUntil({ date: '2026-07-11', time: '08:00' }, clock)).toBe('tomorrow');
    expect(timeUntil({ date: '2026-07-13', time: '08:00' }, clock)).toBe('in 3 days');
    expect(timeUntil({ date: '2026-07-24', time: '08:00' }, clock)).toBe('in 2 weeks');
    expect(timeUntil({ date: '2026-10-10', time: '08:00' }, clock)).toBe('in 3 months');
  });

  it('says now for a visit under way', () => {
    expect(timeUntil({ date: '2026-07-10', time: '13:45' }, clock)).toBe('now');
    expect(timeUntil({ date: '2026-07-10', time: '14:00' }, clock)).toBe('now');
  });

  it('counts days across a change of the clocks', () => {
    const march = { now: Date.parse('2026-03-28T12:00:00Z'), today: '2026-03-28', zone: lisbon };
    expect(timeUntil({ date: '2026-03-30', time: '09:00' }, march)).toBe('in 2 days');
  });
});

describe('timeUntil in other languages', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('follows the active language by default', async () => {
    await i18n.changeLanguage('de');
    expect(timeUntil({ date: '2026-07-13', time: '08:00' }, clock)).toBe('in 3 Tagen');
  });

  it('speaks the locale it is given', () => {
    expect(timeUntil({ date: '2026-07-11', time: '08:00' }, clock, 'de-DE')).toBe('morgen');
    expect(timeUntil({ date: '2026-07-13', time: '08:00' }, clock, 'es-ES')).toBe(
      'dentro de 3 días',
    );
    expect(timeUntil({ date: '2026-07-10', time: '14:20' }, clock, 'fr-FR')).toBe(
      'dans 20 minutes',
    );
  });
});
