export interface DescendingWindow {
  /** The server's ascending pages (1-based) that hold the rows wanted. */
  serverPages: number[];
  /** Where the rows wanted start and end within those pages joined, before reversing. */
  start: number;
  end: number;
}

/**
 * The server lists appointments in ascending order only. Page `page` of the descending list is
 * rows `[count - page·size, count - (page-1)·size)` of the ascending one: at most two server
 * pages of the same size, cut and reversed.
 */
export function descendingWindow(count: number, page: number, pageSize: number): DescendingWindow {
  const end = count - (page - 1) * pageSize;
  if (end <= 0) return { serverPages: [], start: 0, end: 0 };
  const start = Math.max(0, end - pageSize);
  const first = Math.floor(start / pageSize) + 1;
  const last = Math.floor((end - 1) / pageSize) + 1;
  const serverPages = first === last ? [first] : [first, last];
  const offset = (first - 1) * pageSize;
  return { serverPages, start: start - offset, end: end - offset };
}
