import type { Availability } from '../../availability';

/**
 * The dentists the free times offer for a visit starting at `date` `time`, by id, in the
 * server's order (the one it would choose first comes first). Empty when that start is not
 * among the free times at all.
 */
export function freeDentistsAt(
  availability: Pick<Availability, 'days'> | undefined,
  date: string,
  time: string,
): number[] {
  const day = availability?.days.find((d) => d.date === date);
  return day?.slots.find((slot) => slot.time === time)?.dentists ?? [];
}
