import { isLanguage, LANGUAGES, type Language } from '@clinic/domain';

export { isLanguage, type Language };

/** The languages the interface is written in: the same list the server accepts. */
export const languages = LANGUAGES;

/** Each language's own name, so a reader finds theirs whatever the page is shown in. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
};

/**
 * The locale dates and numbers are formatted in. One region per language for now: the clinic's
 * English has always read "Wed 2 Dec 2026", and a region setting can refine this later.
 */
export const formatLocales: Record<Language, string> = {
  en: 'en-GB',
  es: 'es-ES',
  de: 'de-DE',
  fr: 'fr-FR',
};

/** The first of the browser's preferences we have a translation for: `es-MX` → `es`. */
export function browserLanguage(preferences: readonly string[]): Language | null {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return null;
}

/**
 * The user's own choice wins; without one the browser's language, then the clinic's default,
 * then English.
 */
export function chooseLanguage(sources: {
  userChoice?: string | null | undefined;
  browser: readonly string[];
  clinicDefault?: string | null | undefined;
}): Language {
  if (isLanguage(sources.userChoice)) return sources.userChoice;
  const fromBrowser = browserLanguage(sources.browser);
  if (fromBrowser) return fromBrowser;
  if (isLanguage(sources.clinicDefault)) return sources.clinicDefault;
  return 'en';
}
