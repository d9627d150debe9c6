import type { CreateAppointmentBody, UpdateAppointmentBody } from '@clinic/contract';
import {
  ACTIVE_STATUSES,
  type Actor,
  type AppointmentStatus,
  canManageAppointments,
  canOverrideAvailability,
  canSeeAlertsOnAppointments,
  canViewAppointment,
  checkDentistForStatus,
  checkNewAppointment,
  checkOpenRequestLimit,
  checkTransition,
  clinicDate,
  DEFAULT_DURATION_MINUTES,
  isActiveStatus,
  mayRequestVisits,
  transitionNeedsReason,
  visitTimesAfter,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { doubleBookingOf } from '../../db/errors.ts';
import { cachePerBus } from '../../lib/change-cache.ts';
import { diffFields } from '../../lib/diff-fields.ts';
import {
  AppError,
  badRequest,
  conflict,
  forbidden,
  notFound,
  preconditionFailed,
} from '../../lib/errors.ts';
import { isoInstant } from '../../lib/iso-instant.ts';
import { checkBooking, chooseDentist } from '../availability/index.ts';
import { type Clinic, getClinic } from '../clinic/index.ts';
import { announceInboxChange } from '../inbox/index.ts';
import { findService } from '../services/index.ts';
import { findUserById, type User } from '../users/index.ts';
import { familyLinkOf, patientBookedBy, scopeToFamily } from './acting-for.ts';
import { assertInFuture, plan } from './appointment-time.ts';
import { historyFields, toAppointmentWire } from './appointment-wire.ts';
import * as repo from './appointments.repository.ts';
import { queueChangeNotices } from './change-notices.ts';
import { type IfMatch, ifMatchAllows } from './etag.ts';
import { confirmationAfterChange } from './patient-answers.ts';
import { planPatientChange } from './patient-change.ts';

type Db = AppContext['db']['kysely'];

async function assertActiveDentist(db: Db, dentistId: number): Promise<void> {
  const dentist = await findUserById(db, dentistId);
  if (!dentist?.isDentist || !dentist.isActive || dentist.role === 'patient') {
    throw badRequest('Choose an active dentist.', { dentist: 'Choose an active dentist.' });
  }
}

async function loadService(db: Db, serviceId: number, mustBeActive: boolean) {
  const service = await findService(db, serviceId);
  if (!service || (mustBeActive && service.isActive !== 1)) {
    throw badRequest('Choose one of the clinic’s services.', {
      service: 'Choose one of the clinic’s services.',
    });
  }
  return service;
}

/**
 * Turns the database's refusal of an overlapping booking into a message naming the time
 * taken. A patient learns that a dentist is busy, never with whom.
 */
async function explainDoubleBooking(
  ctx: AppContext,
  error: unknown,
  actor: Actor,
  booking: {
    patientId: number;
    dentistId: number | null;
    startsAt: number;
    endsAt: number;
    id?: number;
  },
): Promise<never> {
  const kind = doubleBookingOf(error);
  if (!kind) throw error;
  const who =
    kind === 'dentist' && booking.dentistId !== null
      ? { dentistId: booking.dentistId }
      : { patientId: booking.patientId };
  const clash = await repo.findOverlapping(ctx.db.kysely, who, booking, booking.id);
  throw await doubleBookingConflict(ctx.db.kysely, kind, actor, booking, clash);
}

/** The 409 `double_booking` naming the time `clash` takes, if known. */
async function doubleBookingConflict(
  db: Db,
  kind: 'dentist' | 'patient',
  actor: Actor,
  booking: { patientId: number; dentistId: number | null },
  clash: { date: string; time: string; endTime: string } | undefined,
) {
  const when = clash ? ` from ${clash.time} to ${clash.endTime} on ${clash.date}` : ' at that time';
  let message: string;
  if (kind === 'dentist') {
    const dentist =
      booking.dentistId === null ? undefined : await findUserById(db, booking.dentistId);
    message = `${dentist?.name ?? 'The dentist'} is already booked${when}.`;
  } else {
    message =
      actor.id === booking.patientId
        ? `You already have an appointment${when}.`
        : `The patient already has an appointment${when}.`;
  }
  return conflict('double_booking', message, {
    time: message,
    ...(kind === 'dentist' && { dentist: message }),
  });
}

/** A clinic may want a patient's address confirmed before they ask for visits. */
function assertMayRequestVisits(ctx: AppContext, patient: User, clinic: Clinic): void {
  const allowed = mayRequestVisits({
    emailVerified: patient.emailVerified,
    mailOn: ctx.config.smtpUrl !== undefined,
    clinicAllowsUnverified: clinic.unverifiedPatientsMayRequest,
  });
  if (allowed) return;
  throw new AppError(
    403,
    'email_unverified',
    'Email address not confirmed',
    'Confirm your email address with the link we sent you before requesting a visit.',
  );
}

export async function createAppointment(
  ctx: AppContext,
  actor: Actor,
  body: CreateAppointmentBody,
) {
  const db = ctx.db.kysely;
  const isTeam = canManageAppointments(actor);
  // A patient's request is always pending, for themselves or a dependant (decision 039).
  const patientId = isTeam ? body.patient : await patientBookedBy(ctx, actor, body.patient);
  const dentistId = body.dentist ?? null;
  // Without a dentist the team's booking waits as a request: confirming needs one.
  const status: AppointmentStatus = isTeam
    ? (body.status ?? (dentistId === null ? 'pending' : 'confirmed'))
    : 'pending';
  const recordedAfterTheFact = isTeam && body.recorded_after_the_fact === true;
  if (patientId === undefined)
    throw badRequest('Choose the patient.', { patient: 'Choose the patient.' });
  if (!isActiveStatus(status) && !recordedAfterTheFact) {
    const message =
      'A new appointment is pending or confirmed; record a visit that already happened as arrived, completed or no-show.';
    throw badRequest(message, { status: message });
  }
  const patient = await findUserById(db, patientId);
  if (patient?.role !== 'patient' || !patient.isActive) {
    throw badRequest('Choose a registered patient.', { patient: 'Choose a registered patient.' });
  }
  if (dentistId !== null) await assertActiveDentist(db, dentistId);
  const clinic = await getClinic(ctx);
  if (!isTeam) {
    // A guardian's request for a dependant is theirs: their own address is the one that counts.
    const requester = patientId === actor.id ? patient : await findUserById(db, actor.id);
    if (requester) assertMayRequestVisits(ctx, requester, clinic);
  }
  const service = body.service == null ? undefined : await loadService(db, body.service, true);
  const durationMinutes =
    (isTeam ? body.duration_minutes : undefined) ??
    service?.durationMinutes ??
    DEFAULT_DURATION_MINUTES;

  const planned = plan(body.date, body.time, durationMinutes, clinic.timeZone);
  const now = ctx.now();
  const check = checkNewAppointment(
    { status, recordedAfterTheFact, date: body.date, startsAt: planned.startsAt, dentistId },
    now,
    clinicDate(new Date(now), clinic.timeZone),
  );
  if (!check.allowed) {
    const fields = check.field === 'when' ? ['date', 'time'] : [check.field];
    throw badRequest(check.message, Object.fromEntries(fields.map((f) => [f, check.message])));
  }

  const override = isTeam && body.override_availability === true;
  // Read with the service above; the free-time check needs it and need not read it again.
  const bufferAfterMinutes = service?.bufferAfterMinutes ?? 0;
  const row = {
    patientId,
    dentistId,
    serviceId: service?.id ?? null,
    date: body.date,
    time: body.time,
    endTime: planned.endTime,
    durationMinutes,
    startsAt: planned.startsAt,
    endsAt: planned.endsAt,
    status,
    notes: body.notes ?? '',
    createdAt: now,
    updatedAt: now,
    // Checked in as it is recorded: the wait starts now. A visit already over has no times.
    arrivedAt: status === 'arrived' ? now : null,
  };
  let id: number;
  // Whose bells the booking rang, told once it is durable.
  let told: number[] = [];
  try {
    id = await ctx.db.transact(async (trx) => {
      // A patient asking for any dentist gets one now, the one the free times offer first.
      row.dentistId =
        !isTeam && dentistId === null
          ? await chooseDentist(trx, ctx, { actor, clinic, now, bufferAfterMinutes, ...row })
          : dentistId;
      await repo.lockCalendars(trx, ctx.db.engine, row);
      // Checked under the dentist's lock, so two bookings of one free time cannot both fit.
      // A record of what already happened is not a booking: free times do not apply to it.
      const overridden =
        !recordedAfterTheFact &&
        (await enforceAvailability(trx, ctx, {
          actor,
          clinic,
          now,
          override,
          bufferAfterMinutes,
          ...row,
        }));
      if (recordedAfterTheFact && status === 'completed') await assertChairWasFree(trx, actor, row);
      // Counted under the patient's lock (PostgreSQL) or the single writer (SQLite), so two
      // requests sent at once cannot both slip under the limit.
      if (!isTeam) {
        const open = await repo.countOpenRequests(trx, patientId, now);
        const check = checkOpenRequestLimit(open, clinic.maxOpenRequests);
        if (!check.allowed) throw conflict('open_request_limit', check.reason);
      }
      const newId = await repo.insertAppointment(trx, row);
      await repo.insertHistory(trx, {
        appointmentId: newId,
        actorId: actor.id,
        at: now,
        action: 'created',
        changes: JSON.stringify({
          ...diffFields({}, historyFields(row)),
          ...(overridden && OVERRIDE_CHANGE),
          ...(recordedAfterTheFact && RECORDED_AFTER_THE_FACT_CHANGE),
        }),
        reason: null,
      });
      told = await queueChangeNotices(trx, ctx, {
        appointmentId: newId,
        patientId,
        actorId: actor.id,
        byPatient: !isTeam,
        before: null,
        after: row,
        now,
        reminderLeadHours: clinic.reminderLeadHours,
      });
      return newId;
    });
  } catch (error) {
    return explainDoubleBooking(ctx, error, actor, row);
  }
  await ctx.events.publish({ type: 'appointment.created', appointmentId: id, patientId });
  await announceInboxChange(ctx, told);
  await announceFreeTimes(ctx, [row.date]);
  return loadVisible(ctx, actor, id);
}

/** The history's mark of a booking made outside the free times on purpose. */
const OVERRIDE_CHANGE = { override_availability: [null, true] };
/** The history's mark of a visit entered after it happened, rather than booked. */
const RECORDED_AFTER_THE_FACT_CHANGE = { recorded_after_the_fact: [null, true] };

/**
 * A completed visit recorded after the fact frees no slot and holds none, so the database's
 * rule (active visits only) does not see it: checked here, under the calendars' locks, against
 * the visits that held the chair or the patient then, the completed ones included.
 */
async function assertChairWasFree(
  trx: Db,
  actor: Actor,
  record: { dentistId: number | null; patientId: number; startsAt: number; endsAt: number },
): Promise<void> {
  const held: AppointmentStatus[] = [...ACTIVE_STATUSES, 'completed'];
  if (record.dentistId !== null) {
    const who = { dentistId: record.dentistId };
    const clash = await repo.findOverlapping(trx, who, record, undefined, held);
    if (clash) throw await doubleBookingConflict(trx, 'dentist', actor, record, clash);
  }
  const who = { patientId: record.patientId };
  const clash = await repo.findOverlapping(trx, who, record, undefined, held);
  if (clash) throw await doubleBookingConflict(trx, 'patient', actor, record, clash);
}

/**
 * Refuses a booking outside the free times (409 `outside_availability`, naming the nearest
 * ones), unless owner or staff asked to override. True when an override let it through.
 */
async function enforceAvailability(
  trx: Db,
  ctx: AppContext,
  booking: Parameters<typeof checkBooking>[2] & { override: boolean },
): Promise<boolean> {
  const check = await checkBooking(trx, ctx, booking);
  if (check.fits) return false;
  if (booking.override && canOverrideAvailability(booking.actor)) return true;
  throw await check.refusal();
}

/** Free times changed on these days; open availability views ask again. */
function announceFreeTimes(ctx: AppContext, dates: string[]): Promise<void> {
  const sorted = [...dates].sort();
  return ctx.events.publish({
    type: 'availability.changed',
    dateFrom: sorted[0] ?? null,
    dateTo: sorted.at(-1) ?? null,
  });
}

async function loadVisible(ctx: AppContext, actor: Actor, id: number) {
  const appointment = await repo.findAppointment(ctx.db.kysely, id);
  if (!appointment || !canViewAppointment(actor, appointment)) throw notFound('Appointment');
  return appointment;
}

export const getAppointment = loadVisible;

type Booking = ReturnType<typeof bookingAfter>;

/**
 * The appointment as `body` would leave it, checked against `current`: the state it really
 * changes, read inside the same transaction that writes it.
 */
async function planUpdate(
  trx: Db,
  current: repo.AppointmentView,
  body: UpdateAppointmentBody,
  clinic: Clinic,
  now: number,
) {
  const status = body.status ?? current.status;
  const date = body.date ?? current.date;
  const time = body.time ?? current.time;
  const dentistId = body.dentist === undefined ? current.dentistId : body.dentist;
  const serviceId = body.service === undefined ? current.serviceId : body.service;
  if (dentistId !== null && dentistId !== current.dentistId)
    await assertActiveDentist(trx, dentistId);
  const service =
    serviceId !== null && serviceId !== current.serviceId
      ? await loadService(trx, serviceId, false)
      : undefined;
  // A new service brings its own length unless the request names one.
  const durationMinutes =
    body.duration_minutes ?? service?.durationMinutes ?? current.durationMinutes;

  if (status !== current.status) {
    const check = checkTransition(
      current.status,
      status,
      date,
      clinicDate(new Date(now), clinic.timeZone),
    );
    if (!check.allowed)
      throw conflict('invalid_transition', check.reason, { status: check.reason });
    if (transitionNeedsReason(current.status, status) && !body.reason) {
      const message = 'Say why the patient left before being seen.';
      throw badRequest(message, { reason: message });
    }
  }
  const staffed = checkDentistForStatus({
    from: current.status,
    to: status,
    dentistBefore: current.dentistId,
    dentistAfter: dentistId,
  });
  if (!staffed.allowed) {
    throw conflict('invalid_transition', staffed.reason, { dentist: staffed.reason });
  }
  const timeChanged =
    date !== current.date || time !== current.time || durationMinutes !== current.durationMinutes;
  const planned = timeChanged
    ? plan(date, time, durationMinutes, clinic.timeZone)
    : { startsAt: current.startsAt, endsAt: current.endsAt, endTime: current.endTime };
  // Moving or reinstating an appointment books a slot anew, so it must be in the future.
  const booksSlotAnew = isActiveStatus(status) && (timeChanged || !isActiveStatus(current.status));
  if (booksSlotAnew) assertInFuture(planned.startsAt, now);
  // Another dentist or service (its buffer) also asks for time the slot did not hold before.
  const needsFreeTime =
    booksSlotAnew ||
    (isActiveStatus(status) &&
      (dentistId !== current.dentistId || serviceId !== current.serviceId));

  const next = bookingAfter(current, {
    dentistId,
    serviceId,
    date,
    time,
    endTime: planned.endTime,
    durationMinutes,
    startsAt: planned.startsAt,
    endsAt: planned.endsAt,
    status,
    notes: body.notes ?? current.notes,
    ...visitTimesAfter(current.status, status, current, now),
  });
  return { next, needsFreeTime };
}

function bookingAfter(
  current: repo.AppointmentView,
  change: Omit<Parameters<typeof historyFields>[0], 'patientId'> & {
    endTime: string;
    startsAt: number;
    endsAt: number;
    status: AppointmentStatus;
    arrivedAt: number | null;
    seatedAt: number | null;
  },
) {
  return { patientId: current.patientId, ...change };
}

/**
 * Reads the appointment with its row held and checks, in this order, that the actor may see
 * it (404 otherwise), may change it (owner and staff; the patient, who may see it, only where
 * `patientMay` says so: 403 otherwise), and that the client's If-Match still names its
 * version (412).
 */
async function lockCurrent(
  ctx: AppContext,
  trx: Db,
  actor: Actor,
  id: number,
  condition: IfMatch | undefined,
  patientMay: 'change' | 'nothing',
): Promise<repo.AppointmentView> {
  await repo.lockAppointment(trx, ctx.db.engine, id);
  const current = await repo.findAppointment(trx, id);
  if (!current || !canViewAppointment(actor, current)) throw notFound('Appointment');
  if (!canManageAppointments(actor) && patientMay === 'nothing') {
    throw forbidden('Only the clinic can do this. Please contact the clinic.');
  }
  if (!ifMatchAllows(condition, current.version)) {
    throw preconditionFailed(
      'Someone changed this appointment after you opened it. Review their change, then apply yours again.',
      toAppointmentWire(current, canSeeAlertsOnAppointments(actor)),
    );
  }
  return current;
}

/**
 * Reads, checks and writes in one transaction that holds the row, so two changes sent at once
 * are applied one after the other, each checked against what the other left; with `condition`
 * (If-Match) a change made against an older version is refused instead.
 */
export async function updateAppointment(
  ctx: AppContext,
  actor: Actor,
  id: number,
  body: UpdateAppointmentBody,
  condition?: IfMatch,
) {
  const clinic = await getClinic(ctx);
  const now = ctx.now();
  // Anyone else reaching the row acts as its patient (lockCurrent answered 404 otherwise).
  const isTeam = canManageAppointments(actor);
  let attempted: Booking | undefined;
  let patientId: number | undefined;
  let touchedDates: string[] = [];
  let told: number[] = [];
  try {
    patientId = await ctx.db.transact(async (trx) => {
      attempted = undefined;
      touchedDates = [];
      told = [];
      const current = await lockCurrent(ctx, trx, actor, id, condition, 'change');
      const { next, needsFreeTime } = isTeam
        ? await planUpdate(trx, current, body, clinic, now)
        : await planPatientChange(trx, ctx, actor, current, body, clinic, now);
      const changes: Record<string, unknown> = diffFields(
        historyFields(current),
        historyFields(next),
      );
      if (Object.keys(changes).length === 0) return undefined;
      attempted = next;
      if (isActiveStatus(next.status)) await repo.lockCalendars(trx, ctx.db.engine, next);
      if (needsFreeTime) {
        const overridden = await enforceAvailability(trx, ctx, {
          actor,
          clinic,
          now,
          override: body.override_availability === true,
          excludeAppointmentId: id,
          ...next,
        });
        if (overridden) Object.assign(changes, OVERRIDE_CHANGE);
      }
      if (freesOrTakesTime(changes)) touchedDates.push(current.date, next.date);
      // A move or a cancellation clears the patient's confirmation (decision 040).
      const confirmation = confirmationAfterChange(current, next);
      Object.assign(changes, confirmation.history);
      await repo.updateAppointmentRow(trx, id, { ...next, ...confirmation.row, updatedAt: now });
      await repo.insertHistory(trx, {
        appointmentId: id,
        actorId: actor.id,
        at: now,
        action: 'updated',
        changes: JSON.stringify(changes),
        reason: body.reason || null,
      });
      told = await queueChangeNotices(trx, ctx, {
        appointmentId: id,
        patientId: current.patientId,
        actorId: actor.id,
        byPatient: !isTeam,
        before: current,
        after: next,
        now,
        reminderLeadHours: clinic.reminderLeadHours,
      });
      return current.patientId;
    });
  } catch (error) {
    if (!attempted) throw error;
    return explainDoubleBooking(ctx, error, actor, { ...attempted, id });
  }
  if (patientId !== undefined) {
    await ctx.events.publish({ type: 'appointment.updated', appointmentId: id, patientId });
  }
  await announceInboxChange(ctx, told);
  if (touchedDates.length > 0) await announceFreeTimes(ctx, touchedDates);
  return loadVisible(ctx, actor, id);
}

/** Whether a change moved, freed or took chair time (anything but notes and the reason). */
function freesOrTakesTime(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((field) => field !== 'notes');
}

export async function deleteAppointment(
  ctx: AppContext,
  actor: Actor,
  id: number,
  condition?: IfMatch,
): Promise<void> {
  const now = ctx.now();
  const { patientId, date } = await ctx.db.transact(async (trx) => {
    const current = await lockCurrent(ctx, trx, actor, id, condition, 'nothing');
    await repo.deleteAppointmentRow(trx, id);
    await repo.insertHistory(trx, {
      appointmentId: id,
      actorId: actor.id,
      at: now,
      action: 'deleted',
      changes: JSON.stringify(diffFields(historyFields(current), {})),
      reason: null,
    });
    return { patientId: current.patientId, date: current.date };
  });
  await ctx.events.publish({ type: 'appointment.deleted', appointmentId: id, patientId });
  await announceFreeTimes(ctx, [date]);
}

export async function listAppointmentsFor(
  ctx: AppContext,
  actor: Actor,
  filters: repo.AppointmentFilters,
  page: { limit: number; offset: number },
) {
  // A patient's list is their own and their dependants', whatever filter they send.
  const scoped = canManageAppointments(actor) ? filters : await scopeToFamily(ctx, actor, filters);
  const db = ctx.db.kysely;
  const filterKey = JSON.stringify(scoped);
  const [rows, count] = await Promise.all([
    pagesFor(ctx.events).get(`${filterKey}|${page.limit}|${page.offset}`, () =>
      repo.listAppointmentRows(ctx.db, scoped, page),
    ),
    countsFor(ctx.events).get(filterKey, () => repo.countAppointments(db, scoped)),
  ]);
  return { rows, count };
}

/**
 * Totals of list pages: a count changes only with an appointment, or with a patient's name or
 * email for searches.
 */
const countsFor = cachePerBus<number>({
  forgetsOn: (event) => event.type.startsWith('appointment.') || event.type === 'user.changed',
  maxEntries: 1000,
});

/**
 * The pages themselves. The front desk's screens and every patient's own list ask for the same
 * few pages again and again between changes. A page also shows names of people and services,
 * so any change but a revoked session forgets them. At most 100 pages of 50 are kept (a few MB).
 */
const pagesFor = cachePerBus<repo.AppointmentView[]>({
  forgetsOn: (event) => event.type !== 'session.revoked' && event.type !== 'inbox.changed',
  maxEntries: 100,
});

/**
 * History, oldest first. It outlives the appointment: for a deleted one the patient is read
 * from the history itself, so a patient still sees only their own.
 */
export async function getHistory(ctx: AppContext, actor: Actor, id: number) {
  const db = ctx.db.kysely;
  const entries = await repo.listHistory(db, id);
  const first = entries[0];
  if (!first) throw notFound('Appointment');
  const created = JSON.parse(first.changes) as { patient?: [unknown, unknown] };
  const patientId = Number(created.patient?.[1]);
  if (!canViewAppointment(actor, await familyLinkOf(ctx, patientId))) throw notFound('Appointment');
  return entries.map((entry) => ({
    at: isoInstant(entry.at),
    actor: entry.actorId,
    actor_name: entry.actorName,
    action: entry.action,
    changes: JSON.parse(entry.changes) as Record<string, [unknown, unknown]>,
    reason: entry.reason,
  }));
}
