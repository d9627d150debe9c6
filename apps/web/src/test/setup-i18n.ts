import { i18n } from '../lib/i18n';

// Tests read English texts whatever the machine's language is.
await i18n.changeLanguage('en');
