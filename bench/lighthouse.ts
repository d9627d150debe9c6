/**
 * Lighthouse against the running production server: the sign-in page, a patient's home and
 * the staff appointment list, each with the desktop and the mobile preset.
 *
 * Called by bench/run.ts (`npm run bench`, or `npm run bench -- --lighthouse-only` for these
 * audits alone). Uses the system's Chromium (`CHROME_PATH`, else /usr/bin/chromium). Signed-in
 * pages get the session cookie as an extra header, so Lighthouse loads them as that user.
 * With `LIGHTHOUSE_REPORTS=<folder>` each whole report is kept there as JSON, to see why.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

export interface LighthousePage {
  name: string;
  path: string;
  /** The `Cookie` header to send, for a page behind sign-in. */
  cookie?: string;
}

export interface LighthouseRow {
  page: string;
  preset: 'desktop' | 'mobile';
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits that cost a category points, so a score below 100 says why. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

function score(value: number | null | undefined): number {
  return Math.round((value ?? 0) * 100);
}

/** Signs in through the API and returns the `Cookie` header the browser would send. */
export async function sessionCookie(base: string, email: string, password: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const setCookie = response.headers.get('set-cookie');
  if (!response.ok || !setCookie) throw new Error(`sign-in as ${email}: ${response.status}`);
  return setCookie.split(';')[0] ?? '';
}

export async function auditPages(
  base: string,
  pages: LighthousePage[],
  runs = 1,
): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      for (const preset of ['desktop', 'mobile'] as const) {
        const measured: LighthouseRow[] = [];
        for (let run = 0; run < runs; run++) {
          const lhr = await audit(chrome.port, `${base}${page.path}`, page.cookie, preset);
          keepReport(lhr, `${page.name}-${preset}-${run + 1}`);
          const { categories, audits } = lhr;
          measured.push({
            page: page.name,
            preset,
            performance: score(categories.performance?.score),
            accessibility: score(categories.accessibility?.score),
            bestPractices: score(categories['best-practices']?.score),
            lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
            tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
            failing: CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
              (categories[id]?.auditRefs ?? [])
                .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
                .map((ref) => ref.id),
            ),
          });
        }
        // The median run by performance: one slow run on a shared machine says little.
        measured.sort((a, b) => a.performance - b.performance);
        const median = measured[Math.floor(measured.length / 2)];
        if (median) rows.push(median);
      }
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * One audit. A trace Lighthouse could not record (its NO_NAVSTART, seen on a browser's first
 * page load after install) is the tool's failure, not the page's: it asks to be run again, so
 * it is, once.
 */
async function audit(
  port: number,
  url: string,
  cookie: string | undefined,
  preset: 'desktop' | 'mobile',
  retried = false,
): Promise<Report> {
  const result = await lighthouse(
    url,
    {
      port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...CATEGORIES],
      extraHeaders: cookie ? { cookie } : null,
    },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { runtimeError } = result.lhr;
  if (runtimeError?.code === 'NO_NAVSTART' && !retried) {
    return audit(port, url, cookie, preset, true);
  }
  if (runtimeError) throw new Error(`${url}: ${runtimeError.message}`);
  return result.lhr;
}

function keepReport(lhr: Report, name: string) {
  const folder = process.env.LIGHTHOUSE_REPORTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name.replaceAll(' ', '-')}.json`), JSON.stringify(lhr));
}

export function printLighthouse(rows: LighthouseRow[]) {
  console.log(
    '\n| page | preset | performance | accessibility | best practices | LCP ms | TBT ms | failing |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.preset} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.lcpMs} | ${r.tbtMs} | ${r.failing.join(', ')} |`,
    );
  }
}
