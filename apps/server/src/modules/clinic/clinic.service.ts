import type { SetupBody, updateClinicBody } from '@clinic/contract';
import {
  type Actor,
  type BookingRules,
  type ClinicContact,
  canManageClinic,
  DEFAULT_BOOKING_RULES,
  DEFAULT_OPENING_HOURS,
  DEFAULT_PATIENT_CHANGE_RULES,
  findOpeningHoursProblem,
  type Language,
  NO_CLINIC_CONTACT,
  normalizeOpeningHours,
  OPEN_REQUESTS_LIMIT,
  type OpeningHours,
  type PatientChangeRules,
  type TimeFormat,
} from '@clinic/domain';
import type { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { ClinicRow } from '../../db/schema.ts';
import { AppError, badRequest, conflict, forbidden } from '../../lib/errors.ts';
import { rederiveAppointmentInstants } from '../appointments/index.ts';
import { clinicFields, recordAuditEvent } from '../audit/index.ts';
import { createAccount, startSession } from '../auth/index.ts';
import { replanReminders } from '../notifications/index.ts';
import { ownerExists, type User } from '../users/index.ts';
import { findClinicRow, upsertClinic } from './clinic.repository.ts';

export interface Clinic {
  name: string;
  timeZone: string;
  timeZoneLocked: boolean;
  openingHours: OpeningHours;
  reminderLeadHours: number;
  /** How many pending requests one patient may hold at once. */
  maxOpenRequests: number;
  defaultLanguage: Language;
  timeFormat: TimeFormat;
  /** How patients may book themselves; owner and staff are not bound. */
  bookingRules: BookingRules;
  /** How patients reach the clinic. */
  contact: ClinicContact;
  /** How patients may cancel or move their own visits. */
  patientChanges: PatientChangeRules;
  /** With a mail server, whether patients whose address is unconfirmed may request visits. */
  unverifiedPatientsMayRequest: boolean;
  /** Whether a dentist's calendar feed names the patient of each visit (decision 042). */
  calendarFeedPatientNames: boolean;
}

const UNNAMED_CLINIC = 'Dental clinic';

function toClinic(ctx: AppContext, row: ClinicRow | undefined): Clinic {
  const override = ctx.config.clinicTimeZoneOverride;
  return {
    name: row?.name ?? UNNAMED_CLINIC,
    // CLINIC_TIMEZONE, when set, wins over the zone chosen at setup.
    timeZone: override ?? row?.timezone ?? 'UTC',
    timeZoneLocked: override !== undefined,
    openingHours: row ? (JSON.parse(row.openingHours) as OpeningHours) : DEFAULT_OPENING_HOURS,
    reminderLeadHours: row?.reminderLeadHours ?? 24,
    maxOpenRequests: row?.maxOpenRequests ?? OPEN_REQUESTS_LIMIT.default,
    defaultLanguage: row?.defaultLanguage ?? 'en',
    timeFormat: row?.timeFormat ?? '24h',
    bookingRules: row
      ? {
          minNoticeMinutes: row.minNoticeMinutes,
          bookingHorizonDays: row.bookingHorizonDays,
          slotStepMinutes: row.slotStepMinutes,
        }
      : DEFAULT_BOOKING_RULES,
    contact: row ? { phone: row.phone, address: row.address, email: row.email } : NO_CLINIC_CONTACT,
    patientChanges: row
      ? {
          cutoffHours: row.patientChangeCutoffHours,
          moveConfirmedDirectly: row.patientsMoveConfirmed === 1,
        }
      : DEFAULT_PATIENT_CHANGE_RULES,
    unverifiedPatientsMayRequest: (row?.unverifiedPatientsMayRequest ?? 1) === 1,
    calendarFeedPatientNames: row?.calendarFeedPatientNames === 1,
  };
}

export async function getClinic(ctx: AppContext): Promise<Clinic> {
  return toClinic(ctx, await findClinicRow(ctx.db.kysely));
}

export async function needsSetup(ctx: AppContext): Promise<boolean> {
  return !(await ownerExists(ctx.db.kysely));
}

const alreadySetUp = () =>
  conflict('already_set_up', 'This clinic is already set up. Sign in instead.');

/**
 * First-run setup: names the clinic and creates its one owner. Offered only while no owner
 * exists; the single-owner index makes the loser of a race fail instead of adding a second.
 */
export async function setUpClinic(
  ctx: AppContext,
  input: Omit<SetupBody, 'password'> & { password: string },
): Promise<{ token: string; user: User }> {
  if (!(await needsSetup(ctx))) throw alreadySetUp();
  const now = ctx.now();
  let owner: User;
  try {
    owner = await ctx.db.transact(async (trx) => {
      await upsertClinic(
        trx,
        {
          name: input.clinic_name,
          timezone: input.timezone,
          openingHours: JSON.stringify(DEFAULT_OPENING_HOURS),
          reminderLeadHours: 24,
          createdAt: now,
          updatedAt: now,
        },
        { name: input.clinic_name, timezone: input.timezone, updatedAt: now },
      );
      const created = await createAccount(
        ctx,
        {
          email: input.email,
          name: input.name,
          phone: input.phone,
          role: 'owner',
          isDentist: false,
          password: input.password,
        },
        { trx, timeZone: ctx.config.clinicTimeZoneOverride ?? input.timezone },
      );
      await recordAuditEvent(trx, {
        at: now,
        actorId: created.id,
        subject: 'clinic',
        subjectId: null,
        subjectName: input.clinic_name,
        action: 'created',
        before: null,
        after: clinicFields({
          name: input.clinic_name,
          timeZone: input.timezone,
          openingHours: DEFAULT_OPENING_HOURS,
          reminderLeadHours: 24,
          maxOpenRequests: OPEN_REQUESTS_LIMIT.default,
          defaultLanguage: 'en',
          timeFormat: '24h',
          bookingRules: DEFAULT_BOOKING_RULES,
          contact: NO_CLINIC_CONTACT,
          patientChanges: DEFAULT_PATIENT_CHANGE_RULES,
        }),
      });
      return created;
    });
  } catch (error) {
    if (error instanceof AppError && error.status === 400) throw error;
    if (!(await needsSetup(ctx))) throw alreadySetUp();
    throw error;
  }
  return { token: await startSession(ctx, owner.id), user: owner };
}

/** With OWNER_EMAIL/OWNER_PASSWORD set, an unattended install creates its owner on start. */
export async function ensureOwnerFromConfig(ctx: AppContext): Promise<User | undefined> {
  const owner = ctx.config.owner;
  if (!owner || !(await needsSetup(ctx))) return undefined;
  try {
    const { user } = await setUpClinic(ctx, {
      clinic_name: UNNAMED_CLINIC,
      timezone: ctx.config.clinicTimeZoneOverride ?? 'UTC',
      name: owner.name,
      email: owner.email,
      password: owner.password,
    });
    return user;
  } catch (error) {
    // Another server process sharing the database created the owner first.
    if (error instanceof AppError && error.code === 'already_set_up') return undefined;
    throw error;
  }
}

export async function updateClinic(
  ctx: AppContext,
  actor: Actor,
  body: z.output<typeof updateClinicBody>,
): Promise<Clinic> {
  if (!canManageClinic(actor)) throw forbidden();
  if (body.timezone !== undefined && ctx.config.clinicTimeZoneOverride !== undefined) {
    const message = 'The time zone is fixed by the server’s CLINIC_TIMEZONE setting.';
    throw badRequest(message, { timezone: message });
  }
  if (body.opening_hours) {
    const problem = findOpeningHoursProblem(body.opening_hours);
    if (problem) {
      throw badRequest(problem.message, { [`opening_hours.${problem.day}`]: problem.message });
    }
  }
  const current = await getClinic(ctx);
  const now = ctx.now();
  const next = {
    name: body.name ?? current.name,
    timezone: body.timezone ?? current.timeZone,
    openingHours: JSON.stringify(
      body.opening_hours ? normalizeOpeningHours(body.opening_hours) : current.openingHours,
    ),
    reminderLeadHours: body.reminder_lead_hours ?? current.reminderLeadHours,
    maxOpenRequests: body.max_open_requests ?? current.maxOpenRequests,
    defaultLanguage: body.default_language ?? current.defaultLanguage,
    timeFormat: body.time_format ?? current.timeFormat,
    minNoticeMinutes: body.min_notice_minutes ?? current.bookingRules.minNoticeMinutes,
    bookingHorizonDays: body.booking_horizon_days ?? current.bookingRules.bookingHorizonDays,
    slotStepMinutes: body.slot_step_minutes ?? current.bookingRules.slotStepMinutes,
    phone: body.phone ?? current.contact.phone,
    address: body.address ?? current.contact.address,
    email: body.email ?? current.contact.email,
    patientChangeCutoffHours:
      body.patient_change_cutoff_hours ?? current.patientChanges.cutoffHours,
    patientsMoveConfirmed:
      (body.patients_move_confirmed ?? current.patientChanges.moveConfirmedDirectly) ? 1 : 0,
    unverifiedPatientsMayRequest:
      (body.unverified_patients_may_request ?? current.unverifiedPatientsMayRequest) ? 1 : 0,
    calendarFeedPatientNames:
      (body.calendar_feed_patient_names ?? current.calendarFeedPatientNames) ? 1 : 0,
    updatedAt: now,
  };
  const bookingRules: BookingRules = {
    minNoticeMinutes: next.minNoticeMinutes,
    bookingHorizonDays: next.bookingHorizonDays,
    slotStepMinutes: next.slotStepMinutes,
  };
  await ctx.db.transact(async (trx) => {
    await upsertClinic(trx, { createdAt: now, ...next }, next);
    if (next.timezone !== current.timeZone) await rederiveAppointmentInstants(trx, next.timezone);
    if (
      next.timezone !== current.timeZone ||
      next.reminderLeadHours !== current.reminderLeadHours
    ) {
      await replanReminders(trx, ctx, { now, reminderLeadHours: next.reminderLeadHours });
    }
    await recordAuditEvent(trx, {
      at: now,
      actorId: actor.id,
      subject: 'clinic',
      subjectId: null,
      subjectName: next.name,
      action: 'updated',
      before: clinicFields(current),
      after: clinicFields({
        name: next.name,
        timeZone: next.timezone,
        openingHours: body.opening_hours ?? current.openingHours,
        reminderLeadHours: next.reminderLeadHours,
        maxOpenRequests: next.maxOpenRequests,
        defaultLanguage: next.defaultLanguage,
        timeFormat: next.timeFormat,
        bookingRules,
        contact: { phone: next.phone, address: next.address, email: next.email },
        patientChanges: {
          cutoffHours: next.patientChangeCutoffHours,
          moveConfirmedDirectly: next.patientsMoveConfirmed === 1,
        },
        unverifiedPatientsMayRequest: next.unverifiedPatientsMayRequest === 1,
        calendarFeedPatientNames: next.calendarFeedPatientNames === 1,
      }),
    });
  });
  const freeTimesMoved =
    next.timezone !== current.timeZone ||
    next.openingHours !== JSON.stringify(current.openingHours) ||
    JSON.stringify(bookingRules) !== JSON.stringify(current.bookingRules);
  if (freeTimesMoved) {
    await ctx.events.publish({ type: 'availability.changed', dateFrom: null, dateTo: null });
  }
  return getClinic(ctx);
}
