import { describe, expect, it } from 'vitest';
import { descendingWindow } from './descending-window';

/** Runs the window against an ascending list of `count` numbers, as the server would page it. */
function descendingPage(count: number, page: number, size: number): number[] {
  const rows = Array.from({ length: count }, (_, index) => index);
  const window = descendingWindow(count, page, size);
  const joined = window.serverPages.flatMap((p) => rows.slice((p - 1) * size, p * size));
  return joined.slice(window.start, window.end).reverse();
}

describe('descendingWindow', () => {
  it('cuts each descending page out of one or two ascending pages', () => {
    expect(descendingPage(45, 1, 20)).toEqual(Array.from({ length: 20 }, (_, i) => 44 - i));
    expect(descendingPage(45, 2, 20)).toEqual(Array.from({ length: 20 }, (_, i) => 24 - i));
    expect(descendingPage(45, 3, 20)).toEqual([4, 3, 2, 1, 0]);
  });

  it('needs one page when the count is a multiple of the page size', () => {
    expect(descendingWindow(40, 1, 20).serverPages).toEqual([2]);
    expect(descendingPage(40, 2, 20)).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i));
  });

  it('gives nothing past the end and for an empty list', () => {
    expect(descendingPage(5, 2, 20)).toEqual([]);
    expect(descendingPage(0, 1, 20)).toEqual([]);
  });

  it('covers every row exactly once across the pages', () => {
    for (const count of [1, 19, 20, 21, 59, 60, 61]) {
      const pages = Math.ceil(count / 20);
      const seen = Array.from({ length: pages }, (_, p) => descendingPage(count, p + 1, 20)).flat();
      expect(seen).toEqual(Array.from({ length: count }, (_, i) => count - 1 - i));
    }
  });
});
