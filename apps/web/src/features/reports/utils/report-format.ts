import type { ReportRow } from '../../../types/api';

/** Shown for a rate that does not apply, e.g. a no-show rate when no visit was due yet. */
export const NOT_APPLICABLE = '—';

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** `0.125` → `12.5%`; utilisation may pass 100% when dentists work beyond opening hours. */
export function formatPercent(fraction: number | null): string {
  return fraction === null ? NOT_APPLICABLE : percent.format(fraction);
}

/** `750` minutes → `12.5 h` */
export function formatHours(minutes: number): string {
  return `${decimal.format(minutes / 60)} h`;
}

export function formatCount(count: number): string {
  return decimal.format(count);
}

/** The line's name; the line without a dentist holds the appointments nobody was assigned to. */
export function dentistLabel(row: Pick<ReportRow, 'dentistName'>): string {
  return row.dentistName ?? 'No dentist assigned';
}
