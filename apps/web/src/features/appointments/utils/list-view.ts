import { APPOINTMENT_STATUSES, isRealDate } from '@clinic/domain';
import type { AppointmentStatus } from '../../../types/api';
import type { AppointmentSort } from '../api/get-appointments';

/** What the appointments table shows; it lives in the address so that a view can be bookmarked. */
export interface ListView {
  search: string;
  status: AppointmentStatus[];
  /** A dentist's id, 'none' for appointments without one, or null for any. */
  dentist: DentistChoice | null;
  /** '' means from any date. */
  from: string;
  to: string;
  sort: AppointmentSort;
  page: number;
}

export type DentistChoice = number | 'none';

/** The address names of the view's settings. */
export const VIEW_PARAMS = {
  search: 'q',
  status: 'status',
  dentist: 'dentist',
  from: 'from',
  to: 'to',
  sort: 'sort',
  page: 'page',
} as const;

/** An id or a page number from the address; null for anything else. */
export function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 ? number : null;
}

/**
 * Reads the view from the address. Without a `from`, the table starts at today: the front desk
 * cares about what is coming; `from=` (empty) asks for every date.
 */
export function readListView(params: URLSearchParams, today: string): ListView {
  const from = params.get(VIEW_PARAMS.from);
  const to = params.get(VIEW_PARAMS.to) ?? '';
  const statuses = (params.get(VIEW_PARAMS.status) ?? '')
    .split(',')
    .filter((s): s is AppointmentStatus => (APPOINTMENT_STATUSES as readonly string[]).includes(s));
  return {
    search: params.get(VIEW_PARAMS.search) ?? '',
    status: [...new Set(statuses)],
    dentist:
      params.get(VIEW_PARAMS.dentist) === 'none'
        ? 'none'
        : positiveInt(params.get(VIEW_PARAMS.dentist)),
    from: from === null ? today : isRealDate(from) ? from : '',
    to: isRealDate(to) ? to : '',
    sort: params.get(VIEW_PARAMS.sort) === 'desc' ? 'desc' : 'asc',
    page: positiveInt(params.get(VIEW_PARAMS.page)) ?? 1,
  };
}

export type ViewChange = Partial<Omit<ListView, 'page'>> | { page: number };

/**
 * The address after a change. Any change but the page's sends the table back to page 1, since
 * the old page number means nothing in the new result.
 */
export function applyViewChange(params: URLSearchParams, change: ViewChange): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string, keepEmpty = false) => {
    if (value === '' && !keepEmpty) next.delete(key);
    else next.set(key, value);
  };
  if ('page' in change) {
    put(VIEW_PARAMS.page, change.page > 1 ? String(change.page) : '');
    return next;
  }
  if (change.search !== undefined) put(VIEW_PARAMS.search, change.search.trim());
  if (change.status !== undefined) put(VIEW_PARAMS.status, change.status.join(','));
  if (change.dentist !== undefined)
    put(VIEW_PARAMS.dentist, change.dentist ? String(change.dentist) : '');
  // An empty "from" is a choice (every date), unlike the absent one (from today).
  if (change.from !== undefined) put(VIEW_PARAMS.from, change.from, true);
  if (change.to !== undefined) put(VIEW_PARAMS.to, change.to);
  if (change.sort !== undefined) put(VIEW_PARAMS.sort, change.sort === 'desc' ? 'desc' : '');
  next.delete(VIEW_PARAMS.page);
  return next;
}

/** True when the view differs from the one a plain visit shows. */
export function isFiltered(params: URLSearchParams): boolean {
  return [
    VIEW_PARAMS.search,
    VIEW_PARAMS.status,
    VIEW_PARAMS.dentist,
    VIEW_PARAMS.from,
    VIEW_PARAMS.to,
  ].some((key) => params.has(key));
}
