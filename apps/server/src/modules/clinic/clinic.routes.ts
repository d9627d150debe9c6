import {
  type ClinicWire,
  clinicWire,
  sessionWire,
  setupBody,
  setupStatusWire,
  updateClinicBody,
} from '@clinic/contract';
import type { AppContext } from '../../context.ts';
import { type App, problems, signUpRateLimit } from '../../lib/http.ts';
import { requireUser, setSessionCookie } from '../auth/index.ts';
import { toUserWire } from '../users/index.ts';
import { type Clinic, getClinic, needsSetup, setUpClinic, updateClinic } from './clinic.service.ts';

function toClinicWire(clinic: Clinic, ctx: AppContext) {
  return {
    name: clinic.name,
    timezone: clinic.timeZone,
    timezone_locked: clinic.timeZoneLocked,
    opening_hours: clinic.openingHours,
    reminder_lead_hours: clinic.reminderLeadHours,
    max_open_requests: clinic.maxOpenRequests,
    email_notifications: ctx.config.smtpUrl !== undefined,
    sms_notifications: ctx.config.sms !== undefined,
    default_language: clinic.defaultLanguage,
    time_format: clinic.timeFormat,
    min_notice_minutes: clinic.bookingRules.minNoticeMinutes,
    booking_horizon_days: clinic.bookingRules.bookingHorizonDays,
    slot_step_minutes: clinic.bookingRules.slotStepMinutes as ClinicWire['slot_step_minutes'],
    patient_change_cutoff_hours: clinic.patientChanges.cutoffHours,
    patients_move_confirmed: clinic.patientChanges.moveConfirmedDirectly,
    phone: clinic.contact.phone,
    address: clinic.contact.address,
    email: clinic.contact.email,
    unverified_patients_may_request: clinic.unverifiedPatientsMayRequest,
    calendar_feed_patient_names: clinic.calendarFeedPatientNames,
  };
}

export function registerClinicRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/setup',
    {
      schema: {
        tags: ['clinic'],
        summary: 'Whether this installation still needs its first-run setup',
        response: { 200: setupStatusWire },
      },
    },
    async () => ({ needs_setup: await needsSetup(ctx) }),
  );

  app.post(
    '/api/setup',
    {
      config: signUpRateLimit,
      schema: {
        tags: ['clinic'],
        summary: 'First-run setup: create the clinic and its owner (only while no owner exists)',
        body: setupBody,
        response: { 201: sessionWire, ...problems(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const { token, user } = await setUpClinic(ctx, request.body);
      setSessionCookie(reply, ctx, token);
      return reply.code(201).send({ token, user: toUserWire(user) });
    },
  );

  app.get(
    '/api/clinic',
    {
      schema: {
        tags: ['clinic'],
        summary: 'The clinic’s public settings: name, time zone, opening hours',
        response: { 200: clinicWire },
      },
    },
    async () => toClinicWire(await getClinic(ctx), ctx),
  );

  app.patch(
    '/api/clinic',
    {
      schema: {
        tags: ['clinic'],
        summary: 'Change the clinic’s settings (owner)',
        body: updateClinicBody,
        response: { 200: clinicWire, ...problems(400, 401, 403, 409) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return toClinicWire(await updateClinic(ctx, actor, request.body), ctx);
    },
  );
}
