import { addDays } from './clinic-time.ts';
import { type DayClock, dayClock } from './day-clock.ts';
import { clockToMinutes, MINUTES_PER_DAY, type MinuteSpan, minutesToClock } from './intervals.ts';
import {
  type CompiledSchedule,
  compileSchedule,
  type ScheduleFacts,
  workingDayMinutes,
} from './working-day.ts';

/**
 * Time an appointment keeps a dentist busy, as instants (epoch ms), its own service's buffer
 * already added to `endsAt`. `dentistId` null: an unassigned appointment, which blocks only
 * clinic-wide availability (a clinic without dentists for the service).
 */
export interface BusyTime {
  dentistId: number | null;
  startsAt: number;
  endsAt: number;
}

export interface AvailabilityRequest extends ScheduleFacts {
  dateFrom: string;
  dateTo: string;
  zone: string;
  durationMinutes: number;
  bufferAfterMinutes: number;
  stepMinutes: number;
  /** Instant: now (staff) or now + notice (patients); slots starting before are not offered. */
  earliestStart: number;
  /** The patients' horizon, inclusive; null = no limit. */
  lastDate: string | null;
  /** Candidate dentists; [] = clinic-wide mode (open time, slots with `dentists: []`). */
  dentistIds: number[];
  busy: BusyTime[];
}

export interface FreeSlot {
  time: string;
  endTime: string;
  /** Free dentists, fewest appointments that day first, then lowest id: the first is who “any dentist” gets. */
  dentists: number[];
}

export interface FreeDay {
  date: string;
  slots: FreeSlot[];
}

const MINUTE = 60_000;

/**
 * One calendar being swept forward in time: its busy times sorted by start, how many have
 * started so far for the next slot's end, and the latest end among them. A slot `[s, e)` is free
 * exactly when every busy time starting before `e` has ended by `s`.
 */
interface Calendar {
  id: number | null;
  busy: BusyTime[];
  next: number;
  latestEnd: number;
  /** Index of the first busy time not yet counted into a day. */
  counted: number;
  appointmentsToday: number;
  spans: { startsAt: number; endsAt: number }[];
  spanIndex: number;
}

function calendarsFor(ids: readonly (number | null)[], busy: readonly BusyTime[]): Calendar[] {
  const byId = new Map<number | null, BusyTime[]>(ids.map((id) => [id, []]));
  for (const time of busy) byId.get(time.dentistId)?.push(time);
  return ids.map((id) => ({
    id,
    busy: (byId.get(id) ?? []).sort((a, b) => a.startsAt - b.startsAt),
    next: 0,
    latestEnd: Number.NEGATIVE_INFINITY,
    counted: 0,
    appointmentsToday: 0,
    spans: [],
    spanIndex: 0,
  }));
}

/** Whether the calendar can take a visit `[start, visitEnd)` with chair time to `busyEnd`. */
function isFree(calendar: Calendar, start: number, visitEnd: number, busyEnd: number): boolean {
  const spans = calendar.spans;
  while (
    calendar.spanIndex < spans.length &&
    (spans[calendar.spanIndex] as { endsAt: number }).endsAt < visitEnd
  ) {
    calendar.spanIndex++;
  }
  const span = spans[calendar.spanIndex];
  if (span === undefined || span.startsAt > start) return false;
  const busy = calendar.busy;
  while (calendar.next < busy.length && (busy[calendar.next] as BusyTime).startsAt < busyEnd) {
    const endsAt = (busy[calendar.next] as BusyTime).endsAt;
    if (endsAt > calendar.latestEnd) calendar.latestEnd = endsAt;
    calendar.next++;
  }
  return calendar.latestEnd <= start;
}

function startDay(calendar: Calendar, clock: DayClock, spans: readonly MinuteSpan[]): void {
  calendar.spans = spans.map((s) => ({
    startsAt: clock.boundaryAt(s.start),
    endsAt: clock.boundaryAt(s.end),
  }));
  calendar.spanIndex = 0;
  const busy = calendar.busy;
  while (
    calendar.counted < busy.length &&
    (busy[calendar.counted] as BusyTime).startsAt < clock.startsAt
  ) {
    calendar.counted++;
  }
  let count = 0;
  while (
    calendar.counted < busy.length &&
    (busy[calendar.counted] as BusyTime).startsAt < clock.endsAt
  ) {
    count++;
    calendar.counted++;
  }
  calendar.appointmentsToday = count;
}

function slotsOfDay(
  clock: DayClock,
  calendars: Calendar[],
  request: AvailabilityRequest,
  clinicWide: boolean,
): FreeSlot[] {
  let first = MINUTES_PER_DAY;
  let last = 0;
  for (const calendar of calendars) {
    const spans = calendar.spans;
    if (spans.length === 0) continue;
    first = Math.min(first, clock.minuteOf((spans[0] as { startsAt: number }).startsAt));
    last = Math.max(last, clock.minuteOf((spans[spans.length - 1] as { endsAt: number }).endsAt));
  }
  if (first >= last || clock.endsAt <= request.earliestStart) return [];
  const ordered = [...calendars].sort(
    (a, b) => a.appointmentsToday - b.appointmentsToday || (a.id ?? 0) - (b.id ?? 0),
  );
  const step = request.stepMinutes;
  const visit = request.durationMinutes * MINUTE;
  const chair = (request.durationMinutes + request.bufferAfterMinutes) * MINUTE;
  const slots: FreeSlot[] = [];
  for (
    let minute = Math.ceil(first / step) * step;
    minute < last && minute < MINUTES_PER_DAY;
    minute += step
  ) {
    const start = clock.instantAt(minute);
    if (start === null || start < request.earliestStart) continue;
    const free: number[] = [];
    let anyFree = false;
    for (const calendar of ordered) {
      if (!isFree(calendar, start, start + visit, start + chair)) continue;
      anyFree = true;
      if (calendar.id !== null) free.push(calendar.id);
    }
    if (!anyFree) continue;
    const endMinute = clock.minuteOf(start + visit);
    slots.push({
      time: minutesToClock(minute),
      endTime: minutesToClock(endMinute % MINUTES_PER_DAY),
      dentists: clinicWide ? [] : free,
    });
  }
  return slots;
}

/** Free start times per day of `dateFrom`‥`dateTo`, one day at a time, so a search can stop early. */
export function* freeDays(request: AvailabilityRequest): Generator<FreeDay> {
  if (!Number.isInteger(request.stepMinutes) || request.stepMinutes <= 0) {
    throw new RangeError(`Slot step must be a positive whole number of minutes.`);
  }
  const schedule = compileSchedule(request);
  const clinicWide = request.dentistIds.length === 0;
  // A dentist listed twice is still one calendar.
  const calendars = calendarsFor(
    clinicWide ? [null] : [...new Set(request.dentistIds)],
    request.busy,
  );
  for (let date = request.dateFrom; date <= request.dateTo; date = addDays(date, 1)) {
    if (request.lastDate !== null && date > request.lastDate) {
      yield { date, slots: [] };
      continue;
    }
    const clock = dayClock(date, request.zone);
    const day = workingDayMinutes(date, schedule, request.dentistIds);
    for (const calendar of calendars) {
      startDay(
        calendar,
        clock,
        calendar.id === null ? day.open : (day.dentists.get(calendar.id) ?? []),
      );
    }
    yield { date, slots: slotsOfDay(clock, calendars, request, clinicWide) };
  }
}

/** Free start times per day of `dateFrom`‥`dateTo`; every day is listed, possibly empty. */
export function freeSlots(request: AvailabilityRequest): FreeDay[] {
  return Array.from(freeDays(request));
}

/** The first free time of the range (for “next free time”), or null when there is none. */
export function firstFreeSlot(request: AvailabilityRequest): (FreeSlot & { date: string }) | null {
  for (const day of freeDays(request)) {
    if (request.lastDate !== null && day.date > request.lastDate) return null;
    const slot = day.slots[0];
    if (slot) return { date: day.date, ...slot };
  }
  return null;
}

/** Where a booking sits: its start and the end of its chair time (the visit and its buffer). */
export interface Placement {
  start: number;
  chairEnd: number;
}

/**
 * Where one booking would sit if it falls inside its calendar's working time (horizon,
 * notice, hours and exceptions), else null. Off-grid start times are allowed: the grid is for
 * offering. dentistId null = clinic-wide: the clinic's open time.
 */
export function placeInWorkingTime(
  request: Omit<AvailabilityRequest, 'dateFrom' | 'dateTo' | 'stepMinutes' | 'dentistIds' | 'busy'>,
  booking: { date: string; time: string; dentistId: number | null },
): Placement | null {
  if (request.lastDate !== null && booking.date > request.lastDate) return null;
  const clock = dayClock(booking.date, request.zone);
  const start = clock.instantAt(clockToMinutes(booking.time));
  if (start === null || start < request.earliestStart) return null;
  const schedule: CompiledSchedule = compileSchedule(request);
  const ids = booking.dentistId === null ? [] : [booking.dentistId];
  const day = workingDayMinutes(booking.date, schedule, ids);
  const spans = booking.dentistId === null ? day.open : (day.dentists.get(booking.dentistId) ?? []);
  const visitEnd = start + request.durationMinutes * MINUTE;
  const inside = spans.some(
    (s) => clock.boundaryAt(s.start) <= start && visitEnd <= clock.boundaryAt(s.end),
  );
  return inside ? { start, chairEnd: visitEnd + request.bufferAfterMinutes * MINUTE } : null;
}

/**
 * Whether a placed booking meets none of its calendar's busy times (a dentist's, or for null
 * the unassigned ones). Busy times only ever take time away, so a caller may look for them
 * only once the booking is known to sit inside the working time.
 */
export function clearOfBusy(
  placement: Placement,
  busy: AvailabilityRequest['busy'],
  dentistId: number | null,
): boolean {
  return !busy.some(
    (b) =>
      b.dentistId === dentistId && b.startsAt < placement.chairEnd && placement.start < b.endsAt,
  );
}

/** Whether one booking fits: inside the working time and clear of every busy time. */
export function fitsAvailability(
  request: Omit<AvailabilityRequest, 'dateFrom' | 'dateTo' | 'stepMinutes' | 'dentistIds'>,
  booking: { date: string; time: string; dentistId: number | null },
): boolean {
  const placement = placeInWorkingTime(request, booking);
  return placement !== null && clearOfBusy(placement, request.busy, booking.dentistId);
}
