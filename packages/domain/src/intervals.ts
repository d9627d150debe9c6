import type { ClockInterval } from './schedule.ts';

/**
 * A `[start, end)` span of minutes after the clinic's midnight, on its wall clock. The end of
 * the day is 1440. Lists of spans are kept sorted and merged so the set operations below can
 * walk them in one pass.
 */
export interface MinuteSpan {
  start: number;
  end: number;
}

export const MINUTES_PER_DAY = 24 * 60;

/** Minutes after midnight for `HH:MM` (or `HH:MM:SS`); `24:00` is the end of the day. */
export function clockToMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `HH:MM` for minutes after midnight; the end of the day reads `24:00`. */
export function minutesToClock(minutes: number): string {
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return `${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`;
}

export function toMinuteSpans(intervals: readonly ClockInterval[]): MinuteSpan[] {
  return mergeSpans(
    intervals.map((i) => ({ start: clockToMinutes(i.start), end: clockToMinutes(i.end) })),
  );
}

export function toClockIntervals(spans: readonly MinuteSpan[]): ClockInterval[] {
  return spans.map((s) => ({ start: minutesToClock(s.start), end: minutesToClock(s.end) }));
}

/** Sorted, with overlapping and touching spans joined and empty ones dropped. */
export function mergeSpans(spans: readonly MinuteSpan[]): MinuteSpan[] {
  const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
  const merged: MinuteSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end;
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
}

/** Time in both merged lists. */
export function intersectSpans(a: readonly MinuteSpan[], b: readonly MinuteSpan[]): MinuteSpan[] {
  const result: MinuteSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as MinuteSpan;
    const y = b[j] as MinuteSpan;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) result.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return result;
}

/** Time in merged list `a` and not in merged list `b`. */
export function subtractSpans(a: readonly MinuteSpan[], b: readonly MinuteSpan[]): MinuteSpan[] {
  if (b.length === 0) return a.map((s) => ({ start: s.start, end: s.end }));
  const result: MinuteSpan[] = [];
  let j = 0;
  for (const span of a) {
    let start = span.start;
    while (j < b.length && (b[j] as MinuteSpan).end <= start) j++;
    let k = j;
    while (k < b.length && (b[k] as MinuteSpan).start < span.end) {
      const cut = b[k] as MinuteSpan;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
      k++;
    }
    if (start < span.end) result.push({ start, end: span.end });
  }
  return result;
}

export function unionSpans(a: readonly MinuteSpan[], b: readonly MinuteSpan[]): MinuteSpan[] {
  return mergeSpans([...a, ...b]);
}
