import type { ReportRow } from '../../../types/api';
import { formatCount, formatHours, formatPercent } from './report-format';

export interface ReportMeasure {
  label: string;
  value: (row: ReportRow) => string;
}

/** The figures of every line, in the order the table's columns and the phone's cards show them. */
export const REPORT_MEASURES: readonly ReportMeasure[] = [
  { label: 'Appointments', value: (row) => formatCount(row.appointments) },
  { label: 'Completed', value: (row) => formatCount(row.completed) },
  { label: 'No-shows', value: (row) => formatCount(row.noShow) },
  { label: 'Cancelled', value: (row) => formatCount(row.cancelled) },
  { label: 'Booked hours', value: (row) => formatHours(row.bookedMinutes) },
  { label: 'Utilisation', value: (row) => formatPercent(row.utilisation) },
  { label: 'No-show rate', value: (row) => formatPercent(row.noShowRate) },
  { label: 'Cancellation rate', value: (row) => formatPercent(row.cancellationRate) },
];
