import type { Availability, AvailableSlot } from '../api/get-availability';

/** The days of an answer that have at least one free time. */
export function daysWithFreeTimes(availability: Availability | undefined): Set<string> {
  return new Set(
    (availability?.days ?? []).filter((day) => day.slots.length > 0).map((day) => day.date),
  );
}

/** The free times on `date`, or none when the answer does not cover it. */
export function slotsOn(availability: Availability | undefined, date: string): AvailableSlot[] {
  return availability?.days.find((day) => day.date === date)?.slots ?? [];
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The `count` free times nearest `time` (`HH:MM`), nearest first; of two equally near, the
 * earlier. What a refused time is offered instead.
 */
export function nearestSlots(
  slots: readonly AvailableSlot[],
  time: string,
  count = 3,
): AvailableSlot[] {
  const target = minutesOf(time);
  return [...slots]
    .sort(
      (a, b) =>
        Math.abs(minutesOf(a.time) - target) - Math.abs(minutesOf(b.time) - target) ||
        minutesOf(a.time) - minutesOf(b.time),
    )
    .slice(0, count);
}

/** True when `time` is one of the offered free times. */
export function isFreeTime(slots: readonly AvailableSlot[], time: string): boolean {
  return slots.some((slot) => slot.time === time);
}
