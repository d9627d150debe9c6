import { i18n } from '../lib/i18n';
import { english } from '../locales/en';

// Tests read English texts whatever the machine's language is, every namespace at once.
for (const [namespace, texts] of Object.entries(english)) {
  i18n.addResourceBundle('en', namespace, texts, true, true);
}
await i18n.changeLanguage('en');
