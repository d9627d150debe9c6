import {
  type Actor,
  addDays,
  clearOfBusy,
  clinicDate,
  fitsAvailability,
  nearestFreeSlots,
  placeInWorkingTime,
  startOfClinicDay,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../lib/errors.ts';
import type { Clinic } from '../clinic/index.ts';
import { findService } from '../services/index.ts';
import * as repo from './availability.repository.ts';
import {
  computeFreeDays,
  type Db,
  laterDay,
  limitsFor,
  loadBusy,
  loadBusyAround,
  loadFacts,
  type Offer,
  toSlotWire,
} from './free-times.ts';

/** How far either side of a refused time the nearest free ones are looked for. */
const NEAREST_WINDOW_DAYS = 7;

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
  /** The service's buffer, when the caller has read the service already. */
  bufferAfterMinutes?: number | undefined;
}

/** The chair time the booking's service keeps after it, read only if the caller did not. */
async function bufferOf(db: Db, booking: Omit<BookingCheck, 'dentistId'>): Promise<number> {
  if (booking.bufferAfterMinutes !== undefined) return booking.bufferAfterMinutes;
  if (booking.serviceId === null) return 0;
  return (await findService(db, booking.serviceId))?.bufferAfterMinutes ?? 0;
}

/**
 * Whether the booking fits one calendar (a dentist's, or the clinic's open time for null).
 * The dentist's busy times are read only for a booking inside the working time: they can only
 * take time away, so one outside it (a refused request, an emergency fitted in on purpose) is
 * answered without them.
 */
async function fits(db: Db, booking: BookingCheck, bufferAfterMinutes: number): Promise<boolean> {
  const { clinic, date, dentistId } = booking;
  const facts = await loadFacts(db, clinic, date, date);
  const placement = placeInWorkingTime(
    {
      ...facts,
      zone: clinic.timeZone,
      durationMinutes: booking.durationMinutes,
      bufferAfterMinutes,
      ...limitsFor(booking.actor, clinic, booking.now),
    },
    { date, time: booking.time, dentistId },
  );
  if (placement === null) return false;
  if (dentistId === null) return true;
  const busy = await loadBusyAround(db, dentistId, placement, booking.excludeAppointmentId);
  return clearOfBusy(placement, busy, dentistId);
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
 * time), read in the caller's transaction after it locked the dentist's calendar. When it does
 * not, `refusal` builds the answer to throw; it searches two weeks of free times for the
 * nearest ones, so a booking that overrides the free times never pays for it.
 */
export async function checkBooking(
  trx: Db,
  _ctx: AppContext,
  booking: BookingCheck,
): Promise<{ fits: true } | { fits: false; refusal: () => Promise<AppError> }> {
  const bufferAfterMinutes = await bufferOf(trx, booking);
  if (await fits(trx, booking, bufferAfterMinutes)) return { fits: true };
  return {
    fits: false,
    refusal: () =>
      refusal(trx, booking, {
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
  const bufferAfterMinutes = await bufferOf(trx, booking);
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
