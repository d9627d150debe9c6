import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig, type Plugin } from 'vite';
import { mantineStyles } from './build/mantine-styles.ts';

const apiServer = 'http://127.0.0.1:3000';

/**
 * Features' entry files (and components/shared.ts) only re-export. Said so, the bundler
 * follows each import to the module that defines the name, so a page is not charged with
 * every piece an entry file offers: without it the staff pages' chunks grew by 6-9 KB gzipped.
 */
const ENTRY_FILE = /\/src\/(features\/[^/]+\/(index|testing)|components\/shared)\.ts$/;
function pureEntryFiles(): Plugin {
  return {
    name: 'pure-entry-files',
    transform: (code, id) => (ENTRY_FILE.test(id) ? { code, moduleSideEffects: false } : null),
  };
}

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * React's API, rendered by Preact: 4 kB where react-dom is 60 kB gzipped, so a phone starts
 * every page sooner (docs/decisions/034). Exact names only, so `react-i18next` stays itself.
 */
const reactOnPreact = [
  { find: /^react$/, replacement: local('./build/preact/react.js') },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: local('./build/preact/jsx-runtime.js') },
  { find: /^react-dom$/, replacement: local('./build/preact/react-dom.js') },
  { find: /^react-dom\/client$/, replacement: local('./build/preact/react-dom-client.js') },
];

const LOCALE_FILE = /[\\/]src[\\/]locales[\\/]([a-z]{2})[\\/][^\\/]+\.json$/;
const textsChunkName = (id: string) => {
  const language = LOCALE_FILE.exec(id)?.[1];
  return language ? `texts-${language}` : null;
};

export default defineConfig({
  plugins: [
    // Fast Refresh speaks to React's renderer, which Preact stands in for: an edit reloads the
    // page in development instead.
    react({ refreshExclude: /./ }),
    pureEntryFiles(),
    mantineStyles('/src/main.tsx'),
  ],
  resolve: {
    alias: [
      {
        find: 'use-sync-external-store/shim',
        replacement: local('./build/use-sync-external-store-shim.ts'),
      },
      ...reactOnPreact,
    ],
  },
  css: {
    postcss: { plugins: [postcssPresetMantine()] },
  },
  server: {
    // The API server owns sessions; proxying keeps the cookie same-origin in development.
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // build/check-budgets.ts reads which chunks and stylesheets each page loads from it.
    manifest: true,
    // Every browser the app supports preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // What every page runs (React, the router, Mantine's core, the session) in one chunk
        // with the entry rather than in a dozen small ones: one request, and compressed as one
        // it is smaller. Pages and their parts still split on their own.
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'] },
            // A language's texts in one chunk rather than one per namespace: the signed-in area
            // asks for all of them at once, and a dozen small requests queue behind each other on
            // a phone's connection (see docs/decisions/019).
            { name: textsChunkName, test: LOCALE_FILE },
          ],
        },
      },
    },
  },
});
