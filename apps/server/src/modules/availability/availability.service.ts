import type {
  AvailabilityQuery,
  AvailabilityWire,
  NearestSlotWire,
  WorkingDaysWire,
} from '@clinic/contract';
import {
  type Actor,
  type AvailabilityRequest,
  addDays,
  type BusyTime,
  canOverrideAvailability,
  canViewSchedule,
  clinicDate,
  type FreeDay,
  firstFreeSlot,
  fitsAvailability,
  freeSlots,
  MAX_AVAILABILITY_DAYS,
  MAX_BUFFER_MINUTES,
  MAX_DURATION_MINUTES,
  nearestFreeSlots,
  type ScheduleFacts,
  startOfClinicDay,
  type WeeklyHours,
  workingDay,
  workingMinutesByDentist,
} from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import { type Database, WORKING_HOURS_SINCE_ALWAYS } from '../../db/schema.ts';
import { cachePerBus } from '../../lib/change-cache.ts';
import { checkDayRange } from '../../lib/clinic-days.ts';
import { AppError, badRequest, forbidden } from '../../lib/errors.ts';
import { type Clinic, getClinic } from '../clinic/index.ts';
import { findService } from '../services/index.ts';
import * as repo from './availability.repository.ts';

type Db = Kysely<Database>;

// Clinic days as `YYYY-MM-DD` compare as text.
const laterDay = (a: string, b: string) => (a < b ? b : a);
const earlierDay = (a: string, b: string) => (a < b ? a : b);

/** Staff looking for the next free time search this far ahead; patients up to the horizon. */
const TEAM_SEARCH_DAYS = 366;
/** How far either side of a refused time the nearest free ones are looked for. */
const NEAREST_WINDOW_DAYS = 7;
/** Everything that can still be running at a range's start began at most this long before. */
const LONGEST_CHAIR_TIME_MS = (MAX_DURATION_MINUTES + MAX_BUFFER_MINUTES) * 60_000;

/** Weekly patterns and exceptions that may apply to `dateFrom`‥`dateTo`. */
async function loadFacts(
  db: Db,
  clinic: Clinic,
  dateFrom: string,
  dateTo: string,
): Promise<ScheduleFacts> {
  const [patterns, exceptions] = await Promise.all([
    repo.findPatterns(db, dateTo),
    repo.findExceptions(db, { dateFrom, dateTo, earliestStart: addDays(dateFrom, -366) }),
  ]);
  return {
    openingHours: clinic.openingHours,
    patterns: patterns.map((p) => ({
      dentistId: p.dentistId,
      validFrom: p.validFrom === WORKING_HOURS_SINCE_ALWAYS ? null : p.validFrom,
      days: JSON.parse(p.days) as WeeklyHours,
    })),
    exceptions,
  };
}

/**
 * The chair time of dentists' active appointments around `dateFrom`‥`dateTo`, each with its
 * service's buffer. One dentist, or every dentist for null. Unassigned appointments hold no
 * dentist's time, so they never block a free time.
 */
async function loadBusy(
  db: Db,
  clinic: Clinic,
  range: { dateFrom: string; dateTo: string },
  dentistId: number | null,
  excludeAppointmentId: number | undefined,
): Promise<BusyTime[]> {
  const rows = await repo.findBusyTimes(
    db,
    dentistId,
    {
      earliestStart: startOfClinicDay(range.dateFrom, clinic.timeZone) - LONGEST_CHAIR_TIME_MS,
      endsAt: startOfClinicDay(addDays(range.dateTo, 1), clinic.timeZone),
    },
    excludeAppointmentId ?? 0,
  );
  return rows.map((r) => ({
    dentistId: r.dentistId,
    startsAt: r.startsAt,
    endsAt: r.endsAt + r.bufferAfterMinutes * 60_000,
  }));
}

/** What binds an actor: everyone the present; patients also the notice and the horizon. */
function limitsFor(actor: Actor, clinic: Clinic, now: number) {
  if (canOverrideAvailability(actor)) return { earliestStart: now, lastDate: null };
  const today = clinicDate(new Date(now), clinic.timeZone);
  return {
    earliestStart: now + clinic.bookingRules.minNoticeMinutes * 60_000,
    lastDate: addDays(today, clinic.bookingRules.bookingHorizonDays),
  };
}

interface Offer {
  serviceId: number | null;
  durationMinutes: number;
  bufferAfterMinutes: number;
  /** The dentists whose time is offered; [] = the clinic's open time, nobody's calendar. */
  dentistIds: number[];
}

/** The question about `offer` on `dateFrom`‥`dateTo`, from one read of each source. */
async function buildRequest(
  db: Db,
  clinic: Clinic,
  actor: Actor,
  now: number,
  offer: Offer,
  range: { dateFrom: string; dateTo: string; excludeAppointmentId?: number | undefined },
): Promise<AvailabilityRequest> {
  const single = offer.dentistIds.length === 1 ? (offer.dentistIds[0] ?? null) : null;
  const [facts, busy] = await Promise.all([
    loadFacts(db, clinic, range.dateFrom, range.dateTo),
    offer.dentistIds.length === 0
      ? Promise.resolve([])
      : loadBusy(db, clinic, range, single, range.excludeAppointmentId),
  ]);
  return {
    ...facts,
    dateFrom: range.dateFrom,
    dateTo: range.dateTo,
    zone: clinic.timeZone,
    durationMinutes: offer.durationMinutes,
    bufferAfterMinutes: offer.bufferAfterMinutes,
    stepMinutes: clinic.bookingRules.slotStepMinutes,
    ...limitsFor(actor, clinic, now),
    dentistIds: offer.dentistIds,
    busy,
  };
}

async function computeFreeDays(...args: Parameters<typeof buildRequest>): Promise<FreeDay[]> {
  return freeSlots(await buildRequest(...args));
}

const chooseService = 'Choose one of the clinic’s services.';

/** The service asked about and the dentists whose time it may take. */
async function offerFor(
  db: Db,
  actor: Actor,
  serviceId: number,
  dentist: number | 'any',
): Promise<Offer> {
  const service = await findService(db, serviceId);
  // Patients book active services only; the team may still look at a retired one.
  if (!service || (service.isActive !== 1 && !canOverrideAvailability(actor))) {
    throw badRequest(chooseService, { service: chooseService });
  }
  const candidates = await repo.findCandidateDentists(db, service.id);
  let dentistIds = candidates;
  if (dentist !== 'any') {
    if (!candidates.includes(dentist)) {
      const message = 'Choose an active dentist who performs this service.';
      throw badRequest(message, { dentist: message });
    }
    dentistIds = [dentist];
  }
  return {
    serviceId: service.id,
    durationMinutes: service.durationMinutes,
    bufferAfterMinutes: service.bufferAfterMinutes,
    dentistIds,
  };
}

function toSlotWire(slot: FreeDay['slots'][number]) {
  return { time: slot.time, end_time: slot.endTime, dentists: slot.dentists };
}

/**
 * Free times are read far more often than the book changes: every patient choosing a visit
 * asks for the same month. Any change that can move them (an appointment, hours, an exception,
 * a service, the clinic's rules, a dentist's account) forgets every answer in every process;
 * the booking itself is still checked against the database, so a moment's staleness in another
 * process can at worst offer a time that the booking then refuses.
 */
const answersFor = cachePerBus<AvailabilityWire>({
  forgetsOn: (event) =>
    event.type.startsWith('appointment.') ||
    event.type === 'availability.changed' ||
    event.type === 'user.changed',
  maxEntries: 64,
});
const MINUTE_MS = 60_000;

/**
 * Free times as of the coming whole minute. Start times are whole minutes, so a start is
 * after `now` exactly when it is after the next whole minute: the answer is the same for the
 * whole minute and is kept for it, never longer.
 */
export async function getAvailability(
  ctx: AppContext,
  actor: Actor,
  query: AvailabilityQuery,
): Promise<AvailabilityWire> {
  checkDayRange(query.date_from, query.date_to, MAX_AVAILABILITY_DAYS, 'An availability question');
  const team = canOverrideAvailability(actor);
  const now = Math.ceil(ctx.now() / MINUTE_MS) * MINUTE_MS;
  // Only the team's answers depend on who asks, and only through what the team may do.
  const exclude = team ? (query.exclude_appointment ?? 0) : 0;
  const key = `${team}|${query.service}|${query.dentist}|${query.date_from}|${query.date_to}|${exclude}`;
  return answersFor(ctx.events)
    .within(now)
    .get(key, () => computeAvailability(ctx, actor, now, query, exclude));
}

async function computeAvailability(
  ctx: AppContext,
  actor: Actor,
  now: number,
  query: AvailabilityQuery,
  excludeAppointmentId: number,
): Promise<AvailabilityWire> {
  const db = ctx.db.kysely;
  const clinic = await getClinic(ctx);
  const offer = await offerFor(db, actor, query.service, query.dentist);
  const days = await computeFreeDays(db, clinic, actor, now, offer, {
    dateFrom: query.date_from,
    dateTo: query.date_to,
    // Moving an appointment is the team's: a patient cannot free someone's time by naming it.
    excludeAppointmentId: excludeAppointmentId === 0 ? undefined : excludeAppointmentId,
  });
  return {
    service: query.service,
    duration_minutes: offer.durationMinutes,
    days: days.map((day) => ({ date: day.date, slots: day.slots.map(toSlotWire) })),
  };
}

/** The first free time from `date_from` on, searched in spans of the longest question. */
export async function getNextAvailable(
  ctx: AppContext,
  actor: Actor,
  query: Omit<AvailabilityQuery, 'date_to'>,
): Promise<{ slot: NearestSlotWire | null }> {
  const db = ctx.db.kysely;
  const clinic = await getClinic(ctx);
  const now = ctx.now();
  const offer = await offerFor(db, actor, query.service, query.dentist);
  const today = clinicDate(new Date(now), clinic.timeZone);
  const from = laterDay(query.date_from, today);
  const last =
    limitsFor(actor, clinic, now).lastDate ?? addDays(query.date_from, TEAM_SEARCH_DAYS - 1);
  const exclude = canOverrideAvailability(actor) ? query.exclude_appointment : undefined;
  for (let start = from; start <= last; start = addDays(start, MAX_AVAILABILITY_DAYS)) {
    const end = addDays(start, MAX_AVAILABILITY_DAYS - 1);
    const request = await buildRequest(db, clinic, actor, now, offer, {
      dateFrom: start,
      dateTo: earlierDay(end, last),
      excludeAppointmentId: exclude,
    });
    const slot = firstFreeSlot(request);
    if (slot) return { slot: { date: slot.date, ...toSlotWire(slot) } };
  }
  return { slot: null };
}

export async function getWorkingDays(
  ctx: AppContext,
  actor: Actor,
  query: { date_from: string; date_to: string; dentist?: number | undefined },
): Promise<WorkingDaysWire> {
  if (!canViewSchedule(actor)) throw forbidden();
  checkDayRange(query.date_from, query.date_to, MAX_AVAILABILITY_DAYS, 'A working-days question');
  const db = ctx.db.kysely;
  const clinic = await getClinic(ctx);
  const dentistIds =
    query.dentist === undefined ? await repo.findCandidateDentists(db, null) : [query.dentist];
  const facts = await loadFacts(db, clinic, query.date_from, query.date_to);
  const days: WorkingDaysWire['days'] = [];
  for (let date = query.date_from; date <= query.date_to; date = addDays(date, 1)) {
    const day = workingDay(date, facts, dentistIds);
    days.push({
      date,
      open: day.open,
      dentists: day.dentists.map((d) => ({ dentist: d.dentistId, hours: d.hours })),
    });
  }
  return { days };
}

/** Each dentist's working minutes over the clinic days `dateFrom`‥`dateTo`, for reports. */
export async function workingMinutes(
  ctx: AppContext,
  clinic: Clinic,
  range: { dateFrom: string; dateTo: string },
  dentistIds: number[],
): Promise<Map<number, number>> {
  const facts = await loadFacts(ctx.db.kysely, clinic, range.dateFrom, range.dateTo);
  return workingMinutesByDentist(range.dateFrom, range.dateTo, facts, dentistIds, clinic.timeZone);
}

/** A booking as the appointments module is about to write it. */
export interface BookingCheck {
  actor: Actor;
  clinic: Clinic;
  now: number;
  dentistId: number | null;
  serviceId: number | null;
  date: string;
  time: string;
  durationMinutes: number;
  /** An appointment being changed: its current time does not block itself. */
  excludeAppointmentId?: number | undefined;
}

async function bufferOf(db: Db, serviceId: number | null): Promise<number> {
  if (serviceId === null) return 0;
  return (await findService(db, serviceId))?.bufferAfterMinutes ?? 0;
}

/** Whether the booking fits one calendar (a dentist's, or the clinic's open time for null). */
async function fits(db: Db, booking: BookingCheck, bufferAfterMinutes: number): Promise<boolean> {
  const { clinic, date } = booking;
  const [facts, busy] = await Promise.all([
    loadFacts(db, clinic, date, date),
    booking.dentistId === null
      ? Promise.resolve([])
      : loadBusy(
          db,
          clinic,
          { dateFrom: date, dateTo: date },
          booking.dentistId,
          booking.excludeAppointmentId,
        ),
  ]);
  return fitsAvailability(
    {
      ...facts,
      zone: clinic.timeZone,
      durationMinutes: booking.durationMinutes,
      bufferAfterMinutes,
      ...limitsFor(booking.actor, clinic, booking.now),
      busy,
    },
    { date, time: booking.time, dentistId: booking.dentistId },
  );
}

/** 409 `outside_availability`, naming the free times nearest the refused one. */
async function refusal(db: Db, booking: BookingCheck, offer: Offer): Promise<AppError> {
  const today = clinicDate(new Date(booking.now), booking.clinic.timeZone);
  const before = addDays(booking.date, -NEAREST_WINDOW_DAYS);
  const days = await computeFreeDays(db, booking.clinic, booking.actor, booking.now, offer, {
    dateFrom: laterDay(before, today),
    dateTo: addDays(booking.date, NEAREST_WINDOW_DAYS),
    excludeAppointmentId: booking.excludeAppointmentId,
  });
  const nearest = nearestFreeSlots(days, { date: booking.date, time: booking.time }, 3).map(
    (slot) => ({ date: slot.date, ...toSlotWire(slot) }),
  );
  const detail =
    nearest.length > 0
      ? `That time is not free. The nearest free times are ${nearest
          .map((s) => `${s.date} ${s.time}`)
          .join(', ')}.`
      : `That time is not free, and nothing is free within ${NEAREST_WINDOW_DAYS} days of it.`;
  return new AppError(
    409,
    'outside_availability',
    'Conflict',
    detail,
    { time: detail },
    undefined,
    { nearest_slots: nearest },
  );
}

/**
 * Whether a booking fits the free times of its dentist (or, without one, the clinic's open
 * time), read in the caller's transaction after it locked the dentist's calendar; when it
 * does not, the refusal to throw unless the booking may override it.
 */
export async function checkBooking(
  trx: Db,
  _ctx: AppContext,
  booking: BookingCheck,
): Promise<{ fits: true } | { fits: false; refusal: AppError }> {
  const bufferAfterMinutes = await bufferOf(trx, booking.serviceId);
  if (await fits(trx, booking, bufferAfterMinutes)) return { fits: true };
  return {
    fits: false,
    refusal: await refusal(trx, booking, {
      serviceId: booking.serviceId,
      durationMinutes: booking.durationMinutes,
      bufferAfterMinutes,
      dentistIds: booking.dentistId === null ? [] : [booking.dentistId],
    }),
  };
}

/**
 * The dentist a request for any dentist gets: of those performing the service and free then,
 * the one with the fewest active appointments that day, then the lowest id — the first of the
 * slot's `dentists`. Null when the clinic has no such dentist at all (the request then stays
 * unassigned, held to the clinic's open time); 409 when none of them is free.
 */
export async function chooseDentist(
  trx: Db,
  _ctx: AppContext,
  booking: Omit<BookingCheck, 'dentistId'>,
): Promise<number | null> {
  const candidates = await repo.findCandidateDentists(trx, booking.serviceId);
  if (candidates.length === 0) return null;
  const { clinic, date } = booking;
  const bufferAfterMinutes = await bufferOf(trx, booking.serviceId);
  const [facts, busy] = await Promise.all([
    loadFacts(trx, clinic, date, date),
    loadBusy(trx, clinic, { dateFrom: date, dateTo: date }, null, booking.excludeAppointmentId),
  ]);
  const dayStart = startOfClinicDay(date, clinic.timeZone);
  const dayEnd = startOfClinicDay(addDays(date, 1), clinic.timeZone);
  const load = new Map<number, number>();
  for (const b of busy) {
    if (b.dentistId !== null && b.startsAt >= dayStart && b.startsAt < dayEnd) {
      load.set(b.dentistId, (load.get(b.dentistId) ?? 0) + 1);
    }
  }
  const ordered = [...candidates].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a - b);
  const request = {
    ...facts,
    zone: clinic.timeZone,
    durationMinutes: booking.durationMinutes,
    bufferAfterMinutes,
    ...limitsFor(booking.actor, clinic, booking.now),
    busy,
  };
  const chosen = ordered.find((dentistId) =>
    fitsAvailability(request, { date, time: booking.time, dentistId }),
  );
  if (chosen !== undefined) return chosen;
  throw await refusal(
    trx,
    { ...booking, dentistId: null },
    {
      serviceId: booking.serviceId,
      durationMinutes: booking.durationMinutes,
      bufferAfterMinutes,
      dentistIds: candidates,
    },
  );
}
