import app from './app.json';
import auth from './auth.json';
import common from './common.json';

/**
 * The English the sign-in page needs, bundled so it shows without a wait and serves as every
 * language's fallback there. English for the signed-in pages is fetched with them, like any
 * other language: bundling it all would cost the sign-in page about 7 kB compressed.
 */
export const englishAtStart = { common, app, auth };
