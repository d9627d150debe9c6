import type { TimeFormat } from '@clinic/domain';
import type { FormatterInput, LocaleInput } from '@fullcalendar/core';
import deLocale from '@fullcalendar/core/locales/de';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import esLocale from '@fullcalendar/core/locales/es';
import frLocale from '@fullcalendar/core/locales/fr';
import type { Language } from '../../../lib/i18n';

// FullCalendar's own words (all-day, "more") and its week rules in each language, loaded with
// the calendar rather than with the app. English is British, like the rest of the clinic's.
const LOCALES: Record<Language, LocaleInput> = {
  en: enGbLocale,
  es: esLocale,
  de: deLocale,
  fr: frLocale,
};

export function fullCalendarLocale(language: Language): LocaleInput {
  return LOCALES[language];
}

/** The step the arrows take in a view: a list or a week view moves by weeks. */
export function navUnit(unit: string): 'day' | 'week' | 'month' {
  return unit === 'day' || unit === 'month' ? unit : 'week';
}

/** How the grid's hours and the events' times are written: on the clinic's 12- or 24-hour clock. */
export function calendarTimeFormat(clock: TimeFormat): FormatterInput {
  return clock === '12h'
    ? { hour: 'numeric', minute: '2-digit', hour12: true, meridiem: 'short' }
    : { hour: '2-digit', minute: '2-digit', hour12: false };
}
