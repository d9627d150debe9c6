import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { english } from '../locales/en';
import { englishAtStart } from '../locales/en/start';
import { chooseLanguage, isLanguage, type Language, languages } from './language';

export { formatLocales, type Language, languageNames, languages } from './language';

export type Namespace = keyof typeof english;
export const namespaces = [
  'common',
  'app',
  'auth',
  'setup',
  'clinic',
  'events',
  'appointments',
  'calendar',
  'calendarFeed',
  'availability',
  'dashboard',
  'dayBoard',
  'audit',
  'reports',
  'users',
  'services',
  'schedule',
  'dentists',
  'patients',
  'patientData',
  'family',
  'inbox',
  'visitAnswers',
  'messages',
] as const satisfies readonly Namespace[];

// Other languages are fetched when chosen, so the sign-in page downloads none of them; so is
// English beyond what the sign-in page shows (../locales/en/start). The build puts each
// language's namespaces in one file (vite.config.ts), so asking for all of them is one request.
const translations = import.meta.glob<{ default: Record<string, unknown> }>([
  '../locales/*/*.json',
  '!../locales/en/{common,app,auth}.json',
]);

const lazyTranslations: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = translations[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No ${language} translation of "${namespace}".`), null);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** The language chosen on this device, kept for the sign-in page and the next visit. */
const storageKey = 'clinic.language';

function storedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    // Storage can be blocked (private modes, strict settings); the choice then lasts the visit.
    return null;
  }
}

function browserPreferences(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

export const i18n: I18n = i18next.createInstance();

i18n
  .use(lazyTranslations)
  .use(initReactI18next)
  .init({
    lng: chooseLanguage({ userChoice: storedLanguage(), browser: browserPreferences() }),
    fallbackLng: 'en',
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: 'common',
    resources: { en: englishAtStart },
    partialBundledLanguages: true,
    // The sign-in page's English is in memory, so its first render needs no wait.
    initAsync: false,
    // React escapes what it renders; escaping here too would show `&amp;` in names.
    interpolation: { escapeValue: false },
    // A change of the clinic's clock re-renders the texts that show times, like a language.
    react: { bindI18n: 'languageChanged clockChanged' },
  });

function markDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
markDocument(i18n.language);
i18n.on('languageChanged', markDocument);

/** The active language, narrowed to the ones we ship. */
export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

/** Switches the interface and remembers the choice on this device. */
export async function switchLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** The choice made on this device, if any: a new account starts with it. */
export function chosenLanguage(): Language | undefined {
  const stored = storedLanguage();
  return isLanguage(stored) ? stored : undefined;
}

function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // See storedLanguage.
  }
}

/**
 * After sign-in: the user's saved choice wins; without one, a choice made on this device, then
 * the browser's language, then the clinic's default.
 */
export async function applyPreferredLanguage(sources: {
  userLanguage?: string | null | undefined;
  clinicDefault?: string | null | undefined;
}): Promise<void> {
  const language = chooseLanguage({
    userChoice: sources.userLanguage ?? storedLanguage(),
    browser: browserPreferences(),
    clinicDefault: sources.clinicDefault,
  });
  // The sign-in page shows the last person's language after they sign out.
  if (sources.userLanguage) rememberLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
