import { describe, expect, it } from 'vitest';
import { type Budget, budgetTable, checkBudgets, type Manifest, pageFiles } from './budgets.ts';

// The shape Vite writes: the entry under index.html, shared chunks under `_name-hash.js`,
// lazily loaded modules under their source path.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_form.js': { file: 'assets/form.js', imports: ['_react.js'], css: ['assets/form.css'] },
  'src/login.tsx': { file: 'assets/login.js', imports: ['_form.js', 'index.html'] },
  'src/area.tsx': { file: 'assets/area.js', imports: ['_form.js'], css: ['assets/area.css'] },
  'src/home.tsx': { file: 'assets/home.js', imports: ['_react.js'] },
  // Only imported dynamically (a dialog opened later): never part of a page's first load.
  'src/dialog.tsx': { file: 'assets/dialog.js', imports: ['_calendar.js'] },
  '_calendar.js': { file: 'assets/calendar.js' },
};

const sizes: Record<string, number> = {
  'assets/index.js': 50_000,
  'assets/react.js': 40_000,
  'assets/form.js': 10_000,
  'assets/login.js': 2_000,
  'assets/area.js': 20_000,
  'assets/home.js': 3_000,
  'assets/dialog.js': 5_000,
  'assets/calendar.js': 80_000,
  'assets/index.css': 4_000,
  'assets/form.css': 1_000,
  'assets/area.css': 2_000,
};
// Brotli is taken as 80% of the gzip figure, to tell which of the two a budget reads.
const sizeOf = (file: string) => {
  const gzip = sizes[file] ?? 0;
  return { raw: gzip * 4, gzip, brotli: gzip * 0.8 };
};

describe('pageFiles', () => {
  it('is the entry, the page and what they import statically, each once', () => {
    expect(pageFiles(manifest, ['src/login.tsx'])).toEqual({
      js: ['assets/form.js', 'assets/index.js', 'assets/login.js', 'assets/react.js'],
      css: ['assets/form.css', 'assets/index.css'],
    });
  });

  it('adds up the layout and every page of an area', () => {
    expect(pageFiles(manifest, ['src/area.tsx', 'src/home.tsx']).js).toEqual([
      'assets/area.js',
      'assets/form.js',
      'assets/home.js',
      'assets/index.js',
      'assets/react.js',
    ]);
  });

  it('names a route module the build no longer has', () => {
    expect(() => pageFiles(manifest, ['src/renamed.tsx'])).toThrow(/src\/renamed\.tsx/);
  });
});

describe('checkBudgets', () => {
  const budget = (maxJs: number, maxCss = 10_000): Budget => ({
    page: '/login',
    routes: ['src/login.tsx'],
    maxJs,
    maxCss,
  });

  it('sums the compressed sizes of the page’s files, shared ones once', () => {
    const [result] = checkBudgets(manifest, [budget(100_000)], sizeOf);
    expect(result?.js.gzip).toBe(102_000);
    expect(result?.js.brotli).toBe(81_600);
    expect(result?.css.gzip).toBe(5_000);
  });

  it('holds a page to its budget in brotli', () => {
    expect(checkBudgets(manifest, [budget(81_600)], sizeOf)[0]?.isOver).toBe(false);
    expect(checkBudgets(manifest, [budget(81_599)], sizeOf)[0]?.isOver).toBe(true);
  });

  it('holds the stylesheets to theirs', () => {
    expect(checkBudgets(manifest, [budget(100_000, 3_999)], sizeOf)[0]?.isOver).toBe(true);
  });

  it('shows a row without a budget but never fails it', () => {
    const [result] = checkBudgets(
      manifest,
      [{ page: 'dialog', routes: ['src/dialog.tsx'] }],
      sizeOf,
    );
    expect(result?.isOver).toBe(false);
    expect(result?.jsFiles).toContain('assets/calendar.js');
  });

  it('prints one row per page with its verdict', () => {
    const table = budgetTable(checkBudgets(manifest, [budget(100_000), budget(1)], sizeOf));
    expect(table.split('\n')).toEqual([
      expect.stringContaining('| page |'),
      expect.stringContaining('|---|'),
      '| /login | 81.6 | 102.0 | 100.0 | 4.0 | 5.0 | 10.0 | ok |',
      '| /login | 81.6 | 102.0 | 0.0 | 4.0 | 5.0 | 10.0 | OVER |',
    ]);
  });
});
