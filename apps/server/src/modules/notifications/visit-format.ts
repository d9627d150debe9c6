import type { Language, TimeFormat } from '@clinic/domain';

/** The locale each language's dates are written in. */
const LOCALES: Record<Language, string> = {
  en: 'en-GB',
  es: 'es-ES',
  de: 'de-DE',
  fr: 'fr-FR',
};

const longDates = new Map<Language, Intl.DateTimeFormat>();

function longDateFormat(language: Language): Intl.DateTimeFormat {
  let format = longDates.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    longDates.set(language, format);
  }
  return format;
}

/**
 * A clinic-local day (`2026-12-02`) written out: "Wednesday 2 December 2026", "miércoles,
 * 2 de diciembre de 2026", "Mittwoch, 2. Dezember 2026", "mercredi 2 décembre 2026".
 */
export function longVisitDate(date: string, language: Language): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  const format = longDateFormat(language);
  if (language !== 'en') return format.format(day);
  // Assembled from parts in English: ICU versions differ on the comma after the weekday.
  const parts = format.formatToParts(day);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** A clinic-local time (`09:30`) on the clinic's clock: `09:30`, or `9:30 AM` on a 12-hour one. */
export function visitTime(time: string, language: Language, timeFormat: TimeFormat): string {
  if (timeFormat === '24h') return time;
  const instant = new Date(`1970-01-01T${time}:00Z`);
  if (Number.isNaN(instant.getTime())) return time;
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
    timeZone: 'UTC',
  }).format(instant);
}
