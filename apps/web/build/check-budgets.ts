/**
 * Fails the web build when a page downloads more than its budget (run after `vite build`).
 * Sizes are in kB of 1,000 bytes, as Vite prints them, compressed the way the server sends
 * them: brotli at quality 11 decides; gzip at level 9 is shown beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type Budget, budgetTable, checkBudgets, type Manifest } from './budgets.ts';

const dist = join(import.meta.dirname, '../dist');
const KB = 1000;
const signedIn = 'src/app/layouts/signed-in-area.tsx';
const CSS = 40 * KB;

// The sign-in page carries no query cache and no form library: both load with the pages past
// it (see docs/decisions/019).
const LOGIN_JS = 120 * KB;

const budgets: Budget[] = [
  { page: '/login', routes: ['src/app/routes/auth/login.tsx'], maxJs: LOGIN_JS, maxCss: CSS },
  {
    page: "/patient (all of a patient's pages)",
    routes: [
      signedIn,
      'src/app/routes/patient/home.tsx',
      'src/app/routes/patient/appointments.tsx',
      'src/app/routes/patient/profile.tsx',
    ],
    maxJs: 200 * KB,
    maxCss: CSS,
  },
  {
    page: '/staff (dashboard)',
    routes: [signedIn, 'src/app/routes/staff/home.tsx'],
    maxJs: 250 * KB,
    maxCss: CSS,
  },
  // The booking and editing dialogs load when first opened; loaded with the list they cost it
  // 23 kB (see docs/decisions/019).
  {
    page: '/staff/appointments',
    routes: [signedIn, 'src/app/routes/shared/appointments.tsx'],
    maxJs: 220 * KB,
    maxCss: CSS,
  },
  // Shown for comparison; the calendar's own weight is the reason it loads on its own.
  {
    page: '/staff/calendar',
    routes: [signedIn, 'src/app/routes/shared/calendar.tsx'],
    maxCss: CSS,
  },
];

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
const results = checkBudgets(manifest, budgets, (file) => {
  const content = readFileSync(join(dist, file));
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
});
console.log(
  `\nDownloaded per page, kB compressed (budgets on brotli, quality 11):\n${budgetTable(results)}`,
);
const over = results.filter((result) => result.isOver);
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((result) => result.budget.page).join(', ')}`);
  process.exit(1);
}
