import { isRealDate, normalizeTime } from '@clinic/domain';
import { i18n } from '../../../lib/i18n';
import type {
  ScheduleException,
  ScheduleExceptionChanges,
  ScheduleExceptionInput,
  ScheduleExceptionKind,
} from '../api/types';

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

/** The form as an existing exception fills it; hours keep a sensible default if whole days. */
export function toExceptionFormValues(exception: ScheduleException): ExceptionFormValues {
  const defaults = initialExceptionValues(exception.kind, exception.dateFrom, exception.dentist);
  const hasHours = exception.startTime !== null && exception.endTime !== null;
  return {
    ...defaults,
    dateTo: exception.dateTo,
    wholeDay: !hasHours,
    startTime: exception.startTime ?? defaults.startTime,
    endTime: exception.endTime ?? defaults.endTime,
    reason: exception.reason,
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

/**
 * Only the fields that differ from what the form started with: a colleague's change to a field
 * left alone is not undone. Its kind and dentist are not the edit's to change.
 */
export function toExceptionChanges(
  values: ExceptionFormValues,
  initial: ExceptionFormValues,
  kind: ScheduleExceptionKind,
): ScheduleExceptionChanges {
  const now = toExceptionBody(values, kind);
  const before = toExceptionBody(initial, kind);
  const changes: ScheduleExceptionChanges = {};
  if (now.dateFrom !== before.dateFrom) changes.dateFrom = now.dateFrom;
  if (now.dateTo !== before.dateTo) changes.dateTo = now.dateTo;
  if (now.startTime !== before.startTime) changes.startTime = now.startTime;
  if (now.endTime !== before.endTime) changes.endTime = now.endTime;
  if (now.reason !== before.reason) changes.reason = now.reason;
  return changes;
}
