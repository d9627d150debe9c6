import { addDays, isRealDate } from '@clinic/domain';

/** The period the report covers; it lives in the address so that a report can be bookmarked. */
export interface ReportView {
  /** Clinic days, `YYYY-MM-DD`; '' leaves the day to the server's default (the last 4 weeks). */
  from: string;
  to: string;
}

/** The address names of the view's settings. */
export const REPORT_PARAMS = { from: 'from', to: 'to' } as const;

function dateOrEmpty(value: string | null): string {
  return value !== null && isRealDate(value) ? value : '';
}

export function readReportView(params: URLSearchParams): ReportView {
  return {
    from: dateOrEmpty(params.get(REPORT_PARAMS.from)),
    to: dateOrEmpty(params.get(REPORT_PARAMS.to)),
  };
}

export type ReportViewChange = Partial<ReportView>;

/** The address after a change; a day set to '' leaves it, so the server's default applies. */
export function applyReportViewChange(
  params: URLSearchParams,
  change: ReportViewChange,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['from', 'to'] as const) {
    const value = change[key];
    if (value === undefined) continue;
    if (value === '') next.delete(REPORT_PARAMS[key]);
    else next.set(REPORT_PARAMS[key], value);
  }
  return next;
}

export interface ReportPreset extends ReportView {
  /** Names the preset, whatever the language: its label is `presets.<id>` in the translations. */
  id: 'lastFourWeeks' | 'thisMonth' | 'lastMonth';
}

/** The calendar month that holds `date`, first to last day. */
export function monthOf(date: string): ReportView {
  const from = `${date.slice(0, 7)}-01`;
  // The 28th plus four days is always in the next month, whose first day follows this one's last.
  const nextMonth = `${addDays(`${date.slice(0, 7)}-28`, 4).slice(0, 7)}-01`;
  return { from, to: addDays(nextMonth, -1) };
}

/** Quick choices of period, as seen on the clinic's calendar `today`. */
export function reportPresets(today: string): ReportPreset[] {
  const thisMonth = monthOf(today);
  return [
    // The server's default: a plain visit to the page shows it.
    { id: 'lastFourWeeks', from: '', to: '' },
    { id: 'thisMonth', ...thisMonth },
    { id: 'lastMonth', ...monthOf(addDays(thisMonth.from, -1)) },
  ];
}

export function isPresetChosen(view: ReportView, preset: ReportPreset): boolean {
  return view.from === preset.from && view.to === preset.to;
}
