import type { ReactNode } from 'react';

/**
 * One column of a list, written once for both of its forms: a table on wide screens and a
 * card per row on phones (see ResponsiveTable). A column added here appears in both.
 */
export interface DataColumn<Row> {
  key: string;
  /** The column's heading, and the label of its line on a card. */
  header: string;
  cell: (row: Row) => ReactNode;
  /**
   * Where the column goes on a card: `title` heads it, `badge` sits beside the title, `actions`
   * ends it; by default a labelled line.
   */
  card?: 'title' | 'badge' | 'actions' | 'line';
  /** Table only: a heading for screen readers alone (an actions column needs no visible one). */
  hideHeader?: boolean;
  /** Table only: keep the cell on one line. */
  noWrap?: boolean;
}

export interface CardParts<Row> {
  titles: DataColumn<Row>[];
  badges: DataColumn<Row>[];
  lines: DataColumn<Row>[];
  actions: DataColumn<Row>[];
}

/** Sorts a list's columns into the parts of its cards, keeping their order within each. */
export function cardParts<Row>(columns: readonly DataColumn<Row>[]): CardParts<Row> {
  const part = (kind: NonNullable<DataColumn<Row>['card']>) =>
    columns.filter((column) => (column.card ?? 'line') === kind);
  return {
    titles: part('title'),
    badges: part('badge'),
    lines: part('line'),
    actions: part('actions'),
  };
}
