import { describe, expect, it } from 'vitest';
import { cardParts, type DataColumn } from './data-columns';

const column = (key: string, card?: DataColumn<unknown>['card']): DataColumn<unknown> => ({
  key,
  header: key,
  cell: () => key,
  ...(card ? { card } : {}),
});

describe('cardParts', () => {
  it('puts every column on the card, a column without a place as a labelled line', () => {
    const parts = cardParts([
      column('name', 'title'),
      column('email'),
      column('colour'),
      column('status', 'badge'),
      column('edit', 'actions'),
    ]);
    const keys = (list: DataColumn<unknown>[]) => list.map((c) => c.key);
    expect(keys(parts.titles)).toEqual(['name']);
    expect(keys(parts.badges)).toEqual(['status']);
    // A column another feature adds later lands on the card without touching the card.
    expect(keys(parts.lines)).toEqual(['email', 'colour']);
    expect(keys(parts.actions)).toEqual(['edit']);
  });
});
