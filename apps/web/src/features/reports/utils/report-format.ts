import type { TFunction } from 'i18next';
import type { ReportRow } from '../../../types/api';

/** Shown for a rate that does not apply, e.g. a no-show rate when no visit was due yet. */
export const NOT_APPLICABLE = '—';

interface NumberFormats {
  percent: Intl.NumberFormat;
  decimal: Intl.NumberFormat;
}

const byLocale = new Map<string, NumberFormats>();

/** Made once per language: a table of figures would otherwise build hundreds of formatters. */
function numberFormats(locale: string): NumberFormats {
  let formats = byLocale.get(locale);
  if (!formats) {
    formats = {
      percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
      decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    };
    byLocale.set(locale, formats);
  }
  return formats;
}

/** `0.125` → `12.5%` (`12,5 %` in French); utilisation may pass 100% when dentists work beyond opening hours. */
export function formatPercent(fraction: number | null, locale: string): string {
  return fraction === null ? NOT_APPLICABLE : numberFormats(locale).percent.format(fraction);
}

/** `750` minutes → `12.5 h` */
export function formatHours(minutes: number, locale: string, t: TFunction<'reports'>): string {
  return t('hours', { hours: numberFormats(locale).decimal.format(minutes / 60) });
}

export function formatCount(count: number, locale: string): string {
  return numberFormats(locale).decimal.format(count);
}

/** The line's name; the line without a dentist holds the appointments nobody was assigned to. */
export function dentistLabel(row: Pick<ReportRow, 'dentistName'>, t: TFunction<'reports'>): string {
  return row.dentistName ?? t('table.noDentist');
}

/** `7.5` minutes → `7.5 min`; a dash when nothing was measured. */
export function formatMinutes(
  minutes: number | null,
  locale: string,
  t: TFunction<'reports'>,
): string {
  return minutes === null
    ? NOT_APPLICABLE
    : t('minutes', { minutes: numberFormats(locale).decimal.format(minutes) });
}
