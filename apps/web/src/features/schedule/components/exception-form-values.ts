import { isRealDate, normalizeTime } from '@clinic/domain';
import { i18n } from '../../../lib/i18n';
import type { ScheduleExceptionInput, ScheduleExceptionKind } from '../api/types';

export interface ExceptionFormValues {
  /** As text, for the select; '' until chosen. */
  dentist: string;
  dateFrom: string;
  dateTo: string;
  wholeDay: boolean;
  startTime: string;
  endTime: string;
  reason: string;
}

/** The server's limit on one exception's span, both ends counted. */
const MAX_DAYS = 366;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export function initialExceptionValues(
  kind: ScheduleExceptionKind,
  today: string,
  dentist: number | null,
): ExceptionFormValues {
  return {
    dentist: dentist === null ? '' : String(dentist),
    dateFrom: today,
    dateTo: today,
    // Extra hours are hours by nature; a closure or time off is most often whole days.
    wholeDay: kind !== 'extra_hours',
    startTime: '09:00',
    endTime: kind === 'extra_hours' ? '13:00' : '12:00',
    reason: '',
  };
}

/**
 * A new first day carries the last day along when it was the same day (a one-day entry stays
 * one day) or would now come before it.
 */
export function lastDayAfterFirstChange(
  values: Pick<ExceptionFormValues, 'dateFrom' | 'dateTo'>,
  dateFrom: string,
): string {
  if (!isRealDate(dateFrom)) return values.dateTo;
  if (values.dateTo === values.dateFrom || values.dateTo < dateFrom) return dateFrom;
  return values.dateTo;
}

export function validateException(
  values: ExceptionFormValues,
  needsDentist: boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (needsDentist && values.dentist === '') errors.dentist = i18n.t('schedule:errors.dentist');
  if (!isRealDate(values.dateFrom)) errors.dateFrom = i18n.t('schedule:errors.date');
  if (values.dateTo !== '' && !isRealDate(values.dateTo)) {
    errors.dateTo = i18n.t('schedule:errors.date');
  } else if (values.dateTo !== '' && isRealDate(values.dateFrom)) {
    const span = daysBetween(values.dateFrom, values.dateTo);
    if (span < 0) errors.dateTo = i18n.t('schedule:errors.dateOrder');
    else if (span >= MAX_DAYS) errors.dateTo = i18n.t('schedule:errors.span', { max: MAX_DAYS });
  }
  if (!values.wholeDay) {
    const start = normalizeTime(values.startTime);
    const end = normalizeTime(values.endTime);
    if (!start) errors.startTime = i18n.t('schedule:errors.time');
    if (!end) errors.endTime = i18n.t('schedule:errors.time');
    if (start && end && start >= end) errors.endTime = i18n.t('schedule:errors.order');
  }
  if (values.reason.trim().length > 200) errors.reason = i18n.t('schedule:errors.reason');
  return errors;
}

export function toExceptionBody(
  values: ExceptionFormValues,
  kind: ScheduleExceptionKind,
): ScheduleExceptionInput {
  return {
    kind,
    dentist: kind === 'closure' || values.dentist === '' ? null : Number(values.dentist),
    dateFrom: values.dateFrom,
    dateTo: values.dateTo === '' ? values.dateFrom : values.dateTo,
    startTime: values.wholeDay ? null : (normalizeTime(values.startTime) ?? values.startTime),
    endTime: values.wholeDay ? null : (normalizeTime(values.endTime) ?? values.endTime),
    reason: values.reason.trim(),
  };
}
