import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../lib/language';

// dayjs names months and weekdays for Mantine's pickers; each language is fetched with the first
// picker shown in it. English is built into dayjs.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<unknown>> = {
  es: () => import('dayjs/locale/es'),
  de: () => import('dayjs/locale/de'),
  fr: () => import('dayjs/locale/fr'),
};

const loaded = new Set<Language>(['en']);

/** The dayjs locale for the active language once it has loaded; English until then. */
export function useDayjsLocale(): Language {
  const { i18n } = useTranslation();
  const wanted = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (wanted === 'en' || loaded.has(wanted)) return;
    let isCurrent = true;
    void loaders[wanted]().then(() => {
      loaded.add(wanted);
      if (isCurrent) setVersion((version) => version + 1);
    });
    return () => {
      isCurrent = false;
    };
  }, [wanted]);
  return loaded.has(wanted) ? wanted : 'en';
}
