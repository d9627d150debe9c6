import { formatLongDate, formatTime } from '../../../lib/dates';
import { i18n } from '../../../lib/i18n';
import type { ScheduleException } from '../api/types';
import type { Interval } from './weekly-pattern';

/** `09:00–13:00` on the clinic's clock. */
export function formatInterval({ start, end }: Interval): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}

/** One day, or the first and last day of a range. */
export function formatDays(exception: Pick<ScheduleException, 'dateFrom' | 'dateTo'>): string {
  const from = formatLongDate(exception.dateFrom);
  return exception.dateTo === exception.dateFrom
    ? from
    : `${from} – ${formatLongDate(exception.dateTo)}`;
}

/** The hours an exception covers each day: "Whole day" or `09:00–12:00`. */
export function formatExceptionHours(
  exception: Pick<ScheduleException, 'startTime' | 'endTime'>,
): string {
  return exception.startTime && exception.endTime
    ? formatInterval({ start: exception.startTime, end: exception.endTime })
    : i18n.t('schedule:exceptions.wholeDay');
}
