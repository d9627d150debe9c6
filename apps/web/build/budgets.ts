/** One chunk of Vite's build manifest (`dist/.vite/manifest.json`), as far as budgets need it. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface Budget {
  /** What the row measures, e.g. the address of the page. */
  page: string;
  /** The lazily loaded route modules (layouts and pages) that this page needs, as source paths. */
  routes: string[];
  /** Compressed bytes allowed; `undefined` means the row is shown but not limited. */
  maxJs?: number;
  maxCss?: number;
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface BudgetResult {
  budget: Budget;
  js: Sizes;
  css: Sizes;
  jsFiles: string[];
  cssFiles: string[];
  isOver: boolean;
}

/**
 * The files a page downloads before it can show: the entry chunk, the page's lazy route
 * modules, every chunk those import statically (transitively), and all their stylesheets.
 * Dynamic imports are not followed: they load later, when the page asks for them.
 */
export function pageFiles(manifest: Manifest, routes: string[]): { js: string[]; css: string[] } {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry, found ${entries.length}`);
  const seen = new Set<string>();
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest; was it renamed?`);
    (chunk.file.endsWith('.css') ? css : js).add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [...entries, ...routes]) visit(key);
  return { js: [...js].sort(), css: [...css].sort() };
}

function total(files: string[], sizeOf: (file: string) => Sizes): Sizes {
  const sum: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = sizeOf(file);
    sum.raw += size.raw;
    sum.gzip += size.gzip;
    sum.brotli += size.brotli;
  }
  return sum;
}

/**
 * Budgets are on brotli, which every current browser accepts over HTTPS (the way the clinic is
 * meant to be reached); gzip, sent over plain HTTP, is shown beside it.
 */
export function checkBudgets(
  manifest: Manifest,
  budgets: Budget[],
  sizeOf: (file: string) => Sizes,
): BudgetResult[] {
  return budgets.map((budget) => {
    const files = pageFiles(manifest, budget.routes);
    const js = total(files.js, sizeOf);
    const css = total(files.css, sizeOf);
    const isOver =
      (budget.maxJs !== undefined && js.brotli > budget.maxJs) ||
      (budget.maxCss !== undefined && css.brotli > budget.maxCss);
    return { budget, js, css, jsFiles: files.js, cssFiles: files.css, isOver };
  });
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export function budgetTable(results: BudgetResult[]): string {
  const limit = (max: number | undefined) => (max === undefined ? '—' : kb(max));
  const lines = [
    '| page | JS brotli | JS gzip | JS budget | CSS brotli | CSS gzip | CSS budget | |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      ({ budget, js, css, isOver }) =>
        `| ${budget.page} | ${kb(js.brotli)} | ${kb(js.gzip)} | ${limit(budget.maxJs)} | ` +
        `${kb(css.brotli)} | ${kb(css.gzip)} | ${limit(budget.maxCss)} | ${isOver ? 'OVER' : 'ok'} |`,
    ),
  ];
  return lines.join('\n');
}
