/*
 * Reading what free times are computed from, and asking the domain's rules about it: shared by
 * the questions the API answers and the checks bookings go through.
 */

import {
  type Actor,
  type AvailabilityRequest,
  addDays,
  type BusyTime,
  canOverrideAvailability,
  clinicDate,
  type FreeDay,
  freeSlots,
  MAX_BUFFER_MINUTES,
  MAX_DURATION_MINUTES,
  type Placement,
  type ScheduleFacts,
  startOfClinicDay,
  type WeeklyHours,
} from '@clinic/domain';
import type { Kysely } from 'kysely';
import { type Database, WORKING_HOURS_SINCE_ALWAYS } from '../../db/schema.ts';
import { badRequest } from '../../lib/errors.ts';
import type { Clinic } from '../clinic/index.ts';
import { findService } from '../services/index.ts';
import * as repo from './availability.repository.ts';

export type Db = Kysely<Database>;

// Clinic days as `YYYY-MM-DD` compare as text.
export const laterDay = (a: string, b: string) => (a < b ? b : a);
export const earlierDay = (a: string, b: string) => (a < b ? a : b);

/** Everything that can still be running at a range's start began at most this long before. */
const LONGEST_CHAIR_TIME_MS = (MAX_DURATION_MINUTES + MAX_BUFFER_MINUTES) * 60_000;

/** Weekly patterns and exceptions that may apply to `dateFrom`‥`dateTo`. */
export async function loadFacts(
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
export async function loadBusy(
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
  return rows.map(toBusyTime);
}

/**
 * The busy times one placed booking can meet: a dentist's visits that start within the
 * longest chair time before it and before its chair time ends. A few rows, where the whole
 * day is dozens on a full one.
 */
export async function loadBusyAround(
  db: Db,
  dentistId: number,
  placement: Placement,
  excludeAppointmentId: number | undefined,
): Promise<BusyTime[]> {
  const range = {
    earliestStart: placement.start - LONGEST_CHAIR_TIME_MS,
    endsAt: placement.chairEnd,
  };
  const rows = await repo.findBusyTimes(db, dentistId, range, excludeAppointmentId ?? 0);
  return rows.map(toBusyTime);
}

function toBusyTime(row: repo.BusyRow): BusyTime {
  return {
    dentistId: row.dentistId,
    startsAt: row.startsAt,
    endsAt: row.endsAt + row.bufferAfterMinutes * 60_000,
  };
}

/** What binds an actor: everyone the present; patients also the notice and the horizon. */
export function limitsFor(actor: Actor, clinic: Clinic, now: number) {
  if (canOverrideAvailability(actor)) return { earliestStart: now, lastDate: null };
  const today = clinicDate(new Date(now), clinic.timeZone);
  return {
    earliestStart: now + clinic.bookingRules.minNoticeMinutes * 60_000,
    lastDate: addDays(today, clinic.bookingRules.bookingHorizonDays),
  };
}

export interface Offer {
  serviceId: number | null;
  durationMinutes: number;
  bufferAfterMinutes: number;
  /** The dentists whose time is offered; [] = the clinic's open time, nobody's calendar. */
  dentistIds: number[];
}

/** The question about `offer` on `dateFrom`‥`dateTo`, from one read of each source. */
export async function buildRequest(
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

export async function computeFreeDays(
  ...args: Parameters<typeof buildRequest>
): Promise<FreeDay[]> {
  return freeSlots(await buildRequest(...args));
}

const chooseService = 'Choose one of the clinic’s services.';

/** The service asked about and the dentists whose time it may take. */
export async function offerFor(
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

export function toSlotWire(slot: FreeDay['slots'][number]) {
  return { time: slot.time, end_time: slot.endTime, dentists: slot.dentists };
}
