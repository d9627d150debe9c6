import { describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, REVALIDATE, SHORT } from './web-ui.ts';

describe('cache lifetime of a built file', () => {
  it('is a year for hashed files, their compressed copies included', () => {
    expect(cacheControlFor('assets/index-DqsPRW4o.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('assets/index-DqsPRW4o.js.br')).toBe(IMMUTABLE);
    expect(cacheControlFor('assets/index-BXCQ3nYP.css.gz')).toBe(IMMUTABLE);
  });

  it('is none without asking again for pages, compressed or not', () => {
    expect(cacheControlFor('index.html')).toBe(REVALIDATE);
    expect(cacheControlFor('index.html.br')).toBe(REVALIDATE);
  });

  it('is short for files whose names do not change with their content', () => {
    expect(cacheControlFor('favicon.svg')).toBe(SHORT);
    expect(cacheControlFor('robots.txt')).toBe(SHORT);
  });
});
