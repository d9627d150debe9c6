import { describe, expect, it } from 'vitest';
import { createSearchParamsLedger } from './search-params-ledger';

const set = (key: string, value: string) => (current: URLSearchParams) => {
  current.set(key, value);
  return current;
};

describe('createSearchParamsLedger', () => {
  it('keeps both of two changes made before the page renders again', () => {
    const ledger = createSearchParamsLedger(new URLSearchParams());
    ledger.write(set('to', '2027-01-14'));
    const next = ledger.write(set('from', '2027-01-11'));
    expect(next.toString()).toBe('to=2027-01-14&from=2027-01-11');
  });

  it('starts from the URL again once it changes by other means', () => {
    const ledger = createSearchParamsLedger(new URLSearchParams());
    ledger.write(set('to', '2027-01-14'));
    ledger.rendered(new URLSearchParams('page=2'));
    expect(ledger.write(set('from', '2027-01-11')).toString()).toBe('page=2&from=2027-01-11');
  });

  it('does not change the params it was given', () => {
    const rendered = new URLSearchParams('page=2');
    const ledger = createSearchParamsLedger(rendered);
    ledger.write(set('page', '3'));
    expect(rendered.toString()).toBe('page=2');
  });
});
