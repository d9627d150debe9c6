/** An appointment on the grid as the keyboard visits it. */
export interface FocusableVisit {
  id: string;
  /** `YYYY-MM-DDTHH:MM`, the clinic's wall clock: sorts as time does. */
  start: string;
}

/**
 * The visit Tab (or Shift+Tab) moves to from `currentId`: the next one in time, day by day and
 * earliest first, whatever order the grid happens to lay its events out in. Null past either
 * end, where focus leaves the grid as usual.
 */
export function nextInTimeOrder(
  visits: readonly FocusableVisit[],
  currentId: string,
  backwards: boolean,
): string | null {
  const ordered = [...visits].sort(
    (a, b) => a.start.localeCompare(b.start) || Number(a.id) - Number(b.id),
  );
  const index = ordered.findIndex((visit) => visit.id === currentId);
  if (index < 0) return null;
  return ordered[backwards ? index - 1 : index + 1]?.id ?? null;
}
