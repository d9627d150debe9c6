import type {
  AvailabilityQuery,
  AvailabilityWire,
  NearestSlotWire,
  WorkingDaysWire,
} from '@clinic/contract';
import {
  type Actor,
  addDays,
  canOverrideAvailability,
  canViewSchedule,
  clinicDate,
  firstFreeSlot,
  MAX_AVAILABILITY_DAYS,
  workingDay,
  workingMinutesByDentist,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { cachePerBus } from '../../lib/change-cache.ts';
import { checkDayRange } from '../../lib/clinic-days.ts';
import { forbidden } from '../../lib/errors.ts';
import { type Clinic, getClinic } from '../clinic/index.ts';
import * as repo from './availability.repository.ts';
import {
  buildRequest,
  computeFreeDays,
  earlierDay,
  laterDay,
  limitsFor,
  loadFacts,
  offerFor,
  toSlotWire,
} from './free-times.ts';

/** Staff looking for the next free time search this far ahead; patients up to the horizon. */
const TEAM_SEARCH_DAYS = 366;

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
