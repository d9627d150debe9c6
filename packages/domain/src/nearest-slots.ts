import type { FreeDay, FreeSlot } from './free-slots.ts';
import { clockToMinutes } from './intervals.ts';

function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    86_400_000
  );
}

/**
 * Up to `count` slots nearest a wanted date and time, either side, nearest first (the earlier
 * of two equally near). Distance is on the clinic's wall clock, which is what a person compares.
 */
export function nearestFreeSlots(
  days: FreeDay[],
  wanted: { date: string; time: string },
  count = 3,
): (FreeSlot & { date: string })[] {
  const target = dayNumber(wanted.date) * 1440 + clockToMinutes(wanted.time);
  const candidates: { at: number; distance: number; slot: FreeSlot & { date: string } }[] = [];
  for (const day of days) {
    const dayStart = dayNumber(day.date) * 1440;
    for (const slot of day.slots) {
      const at = dayStart + clockToMinutes(slot.time);
      candidates.push({ at, distance: Math.abs(at - target), slot: { date: day.date, ...slot } });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || a.at - b.at);
  return candidates.slice(0, Math.max(0, count)).map((c) => c.slot);
}
