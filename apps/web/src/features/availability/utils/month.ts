import { addDays } from '@clinic/domain';

/** `2026-12-17` → `2026-12-01`: the month a day belongs to, as its first day. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The first day of the month `count` months after `month` (itself a month's first day). */
export function addMonths(month: string, count: number): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1 + count;
  const shifted = new Date(Date.UTC(year, index, 1));
  return shifted.toISOString().slice(0, 10);
}

/**
 * The days of `month` worth asking about: none before `today`. Null when the whole month is
 * past. A month is at most 31 days, within the server's limit of 62 a question.
 */
export function bookableMonthRange(
  month: string,
  today: string,
): { dateFrom: string; dateTo: string } | null {
  const last = addDays(addMonths(month, 1), -1);
  if (last < today) return null;
  return { dateFrom: month < today ? today : month, dateTo: last };
}
