import { describe, expect, it } from 'vitest';
import { calendarTimeFormat, fullCalendarLocale, navUnit } from './calendar-locale';

describe('fullCalendarLocale', () => {
  it('gives FullCalendar the reader’s language, weeks starting on Monday', () => {
    expect(fullCalendarLocale('de').code).toBe('de');
    expect(fullCalendarLocale('es').code).toBe('es');
    expect(fullCalendarLocale('fr').code).toBe('fr');
    expect(fullCalendarLocale('en')).toMatchObject({ code: 'en-gb', week: { dow: 1 } });
  });
});

describe('navUnit', () => {
  it('moves a list by weeks, like the week it shows', () => {
    expect(navUnit('day')).toBe('day');
    expect(navUnit('month')).toBe('month');
    expect(navUnit('week')).toBe('week');
    expect(navUnit('list')).toBe('week');
  });
});

describe('calendarTimeFormat', () => {
  it('follows the clinic’s clock', () => {
    expect(calendarTimeFormat('24h')).toMatchObject({ hour12: false });
    expect(calendarTimeFormat('12h')).toMatchObject({ hour12: true, meridiem: 'short' });
  });
});
