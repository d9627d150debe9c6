import type { ScheduleExceptionsFilter } from '../api/schedule-exceptions';
import type { ScheduleException, ScheduleExceptionKind } from '../api/types';

/**
 * What a list of exceptions asks for: by default what is under way or coming up (whatever
 * ended before today is history, not something to plan around); looking back, all of it.
 */
export function exceptionsFilter(
  kind: ScheduleExceptionKind,
  dentist: number | null,
  today: string,
  showPast: boolean,
): ScheduleExceptionsFilter {
  return {
    kind,
    dentist: dentist ?? undefined,
    dateFrom: showPast ? undefined : today,
  };
}

/** Over: its last day was before today. One under way is not past. */
export function isPastException(exception: Pick<ScheduleException, 'dateTo'>, today: string) {
  return exception.dateTo < today;
}
