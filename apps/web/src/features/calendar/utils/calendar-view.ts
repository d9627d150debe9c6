import { isRealDate } from '@clinic/domain';

export type CalendarViewName = 'month' | 'week' | 'day' | 'list';

/** FullCalendar's name for each view; the list shows the same week as the week view. */
export const FULLCALENDAR_VIEWS: Record<CalendarViewName, string> = {
  month: 'dayGridMonth',
  week: 'timeGridWeek',
  day: 'timeGridDay',
  list: 'listWeek',
};

const VIEW_NAMES: readonly CalendarViewName[] = ['month', 'week', 'day', 'list'];

/** What the calendar shows; it lives in the address, so a view can be bookmarked and shared. */
export interface CalendarView {
  view: CalendarViewName;
  /** A day in the period shown; undefined for the period holding today. */
  date: string | undefined;
  dentist: number | null;
  showCancelled: boolean;
}

const PARAMS = { view: 'view', date: 'date', dentist: 'dentist', cancelled: 'cancelled' } as const;

function isViewName(value: string | null): value is CalendarViewName {
  return VIEW_NAMES.some((name) => name === value);
}

export function readCalendarView(params: URLSearchParams): CalendarView {
  const view = params.get(PARAMS.view);
  const date = params.get(PARAMS.date);
  const dentist = params.get(PARAMS.dentist);
  return {
    view: isViewName(view) ? view : 'week',
    date: date && isRealDate(date) ? date : undefined,
    dentist: dentist && /^[1-9]\d*$/.test(dentist) ? Number(dentist) : null,
    showCancelled: params.get(PARAMS.cancelled) !== 'hide',
  };
}

export function viewNameOf(fullCalendarView: string): CalendarViewName {
  return VIEW_NAMES.find((name) => FULLCALENDAR_VIEWS[name] === fullCalendarView) ?? 'week';
}

/**
 * The address after a change. Defaults are left out (the week view, the period holding today,
 * every dentist, cancelled visits shown), so a plain visit keeps a plain address.
 */
export function applyCalendarView(
  params: URLSearchParams,
  change: Partial<CalendarView>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string | undefined) => {
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  };
  if ('view' in change) put(PARAMS.view, change.view === 'week' ? undefined : change.view);
  if ('date' in change) put(PARAMS.date, change.date);
  if ('dentist' in change) put(PARAMS.dentist, change.dentist ? String(change.dentist) : undefined);
  if ('showCancelled' in change) put(PARAMS.cancelled, change.showCancelled ? undefined : 'hide');
  return next;
}
