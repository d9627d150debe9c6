import { describe, expect, it } from 'vitest';
import { listNavigation } from './list-history';

describe('listNavigation', () => {
  it('adds a history entry for a page turn, so Back returns to the previous page', () => {
    expect(listNavigation({ page: 3 })).toEqual({});
  });

  it('replaces the entry for a filter, so Back leaves the list', () => {
    expect(listNavigation({ search: 'reed' })).toEqual({ replace: true });
    expect(listNavigation({ from: '2026-12-01', to: '' })).toEqual({ replace: true });
  });
});
