import type { TFunction } from 'i18next';
import type { ReportRow } from '../../../types/api';
import { formatCount, formatHours, formatMinutes, formatPercent } from './report-format';

export interface ReportMeasure {
  /** Stable whatever the language, for React's keys. */
  key: string;
  label: string;
  value: (row: ReportRow) => string;
}

/**
 * The figures of every line, in the order the table's columns and the phone's cards show them,
 * named and written in the reader's language.
 */
export function reportMeasures(t: TFunction<'reports'>, locale: string): readonly ReportMeasure[] {
  const count = (value: number) => formatCount(value, locale);
  const percent = (fraction: number | null) => formatPercent(fraction, locale);
  return [
    {
      key: 'appointments',
      label: t('measures.appointments'),
      value: (row) => count(row.appointments),
    },
    { key: 'completed', label: t('measures.completed'), value: (row) => count(row.completed) },
    { key: 'noShows', label: t('measures.noShows'), value: (row) => count(row.noShow) },
    { key: 'cancelled', label: t('measures.cancelled'), value: (row) => count(row.cancelled) },
    {
      key: 'bookedHours',
      label: t('measures.bookedHours'),
      value: (row) => formatHours(row.bookedMinutes, locale, t),
    },
    {
      key: 'utilisation',
      label: t('measures.utilisation'),
      value: (row) => percent(row.utilisation),
    },
    { key: 'noShowRate', label: t('measures.noShowRate'), value: (row) => percent(row.noShowRate) },
    {
      key: 'cancellationRate',
      label: t('measures.cancellationRate'),
      value: (row) => percent(row.cancellationRate),
    },
    {
      key: 'waitingMedian',
      label: t('measures.waitingMedian'),
      value: (row) => formatMinutes(row.waitingMedianMinutes, locale, t),
    },
    {
      key: 'waitingMean',
      label: t('measures.waitingMean'),
      value: (row) => formatMinutes(row.waitingMeanMinutes, locale, t),
    },
    { key: 'onTimeRate', label: t('measures.onTimeRate'), value: (row) => percent(row.onTimeRate) },
  ];
}
