import { isRealDate } from '@clinic/domain';
import { i18n } from '../../../lib/i18n';
import type { WorkingHours, WorkingHoursInput } from '../api/types';
import { copyWeek, toWeekBody, validateWeek, type Week } from '../utils/weekly-pattern';

export interface PatternFormValues {
  /** In force since always rather than from a day. */
  sinceAlways: boolean;
  validFrom: string;
  days: Week;
}

export function toPatternFormValues(
  pattern: WorkingHours | null,
  start: { week: Week; validFrom: string; sinceAlways: boolean },
): PatternFormValues {
  if (pattern) {
    return {
      sinceAlways: pattern.validFrom === null,
      validFrom: pattern.validFrom ?? start.validFrom,
      days: copyWeek(pattern.days),
    };
  }
  return { sinceAlways: start.sinceAlways, validFrom: start.validFrom, days: copyWeek(start.week) };
}

export function validatePatternForm(values: PatternFormValues): Record<string, string> {
  const errors = validateWeek(values.days);
  if (!values.sinceAlways && !isRealDate(values.validFrom)) {
    errors.validFrom = i18n.t('schedule:errors.date');
  }
  return errors;
}

export function toPatternBody(values: PatternFormValues, dentist: number): WorkingHoursInput {
  return {
    dentist,
    validFrom: values.sinceAlways ? null : values.validFrom,
    days: toWeekBody(values.days),
  };
}
