import { describe, expect, it } from 'vitest';
import { applyViewChange, isFiltered, readListView } from './list-view';

const TODAY = '2026-11-25';

describe('readListView', () => {
  it('starts from today, ascending, on page 1', () => {
    expect(readListView(new URLSearchParams(), TODAY)).toEqual({
      search: '',
      status: [],
      dentist: null,
      from: TODAY,
      to: '',
      sort: 'asc',
      page: 1,
    });
  });

  it('reads a bookmarked view', () => {
    const view = readListView(
      new URLSearchParams(
        'q=ana&status=pending,confirmed&dentist=2&from=&to=2026-12-31&sort=desc&page=3',
      ),
      TODAY,
    );
    expect(view).toEqual({
      search: 'ana',
      status: ['pending', 'confirmed'],
      dentist: 2,
      from: '',
      to: '2026-12-31',
      sort: 'desc',
      page: 3,
    });
  });

  it('ignores what it does not understand', () => {
    const view = readListView(
      new URLSearchParams('status=pending,bogus&dentist=x&from=2026-02-30&page=-1&sort=up'),
      TODAY,
    );
    expect(view).toMatchObject({
      status: ['pending'],
      dentist: null,
      from: '',
      page: 1,
      sort: 'asc',
    });
  });
});

describe('applyViewChange', () => {
  it('keeps “no dentist assigned” as a filter of its own', () => {
    const params = applyViewChange(new URLSearchParams(), { dentist: 'none' });
    expect(params.toString()).toBe('dentist=none');
    expect(readListView(params, TODAY).dentist).toBe('none');
    expect(applyViewChange(params, { dentist: null }).toString()).toBe('');
  });

  it('keeps an emptied “from” as a choice of every date', () => {
    const params = applyViewChange(new URLSearchParams(), { from: '' });
    expect(params.toString()).toBe('from=');
    expect(readListView(params, TODAY).from).toBe('');
  });

  it('goes back to page 1 when a filter changes, but not when the page does', () => {
    const onPage3 = new URLSearchParams('status=pending&page=3');
    expect(applyViewChange(onPage3, { dentist: 2 }).toString()).toBe('status=pending&dentist=2');
    expect(applyViewChange(onPage3, { page: 4 }).get('page')).toBe('4');
    expect(applyViewChange(onPage3, { page: 1 }).has('page')).toBe(false);
  });

  it('leaves defaults out of the address', () => {
    const params = applyViewChange(new URLSearchParams('sort=desc&q=x'), {
      sort: 'asc',
      search: ' ',
      status: [],
    });
    expect(params.toString()).toBe('');
  });
});

describe('isFiltered', () => {
  it('tells a plain visit from a filtered one', () => {
    expect(isFiltered(new URLSearchParams('sort=desc&page=2'))).toBe(false);
    expect(isFiltered(new URLSearchParams('from='))).toBe(true);
  });
});
