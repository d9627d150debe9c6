import {
  appointmentIdParams,
  appointmentWire,
  createAppointmentBody,
  historyEntryWire,
  listAppointmentsQuery,
  pagedSchema,
  updateAppointmentBody,
} from '@clinic/contract';
import { canSeeAlertsOnAppointments } from '@clinic/domain';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { toPage } from '../../lib/paging.ts';
import { requireUser } from '../auth/index.ts';
import { toAppointmentWire } from './appointment-wire.ts';
import {
  createAppointment,
  deleteAppointment,
  getAppointment,
  getHistory,
  listAppointmentsFor,
  updateAppointment,
} from './appointments.service.ts';
import { appointmentEtag, parseIfMatch } from './etag.ts';
import { registerPatientConfirmationRoutes } from './patient-confirmation.routes.ts';

export function registerAppointmentRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/appointments',
    {
      schema: {
        tags: ['appointments'],
        summary: 'The book, ordered by date and time (a patient sees only their own)',
        querystring: listAppointmentsQuery,
        response: { 200: pagedSchema(appointmentWire), ...problems(400, 401) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const q = request.query;
      const { rows, count } = await listAppointmentsFor(
        ctx,
        actor,
        {
          statuses: q.status,
          dentistId: q.dentist === 'none' ? null : q.dentist,
          patientId: q.patient,
          serviceId: q.service,
          dateFrom: q.date_from,
          dateTo: q.date_to,
          search: q.search,
        },
        { limit: q.page_size, offset: (q.page - 1) * q.page_size },
      );
      return toPage(
        request,
        rows.map((row) => toAppointmentWire(row, canSeeAlertsOnAppointments(actor))),
        count,
        q.page,
        q.page_size,
      );
    },
  );

  app.post(
    '/api/appointments',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Book (owner, staff) or request (patient: always pending, for themselves)',
        body: createAppointmentBody,
        response: { 201: appointmentWire, ...problems(400, 401, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const appointment = await createAppointment(ctx, actor, request.body);
      return reply
        .code(201)
        .header('etag', appointmentEtag(appointment.version))
        .send(toAppointmentWire(appointment, canSeeAlertsOnAppointments(actor)));
    },
  );

  app.get(
    '/api/appointments/:id',
    {
      schema: {
        tags: ['appointments'],
        summary: 'One appointment (a patient’s own, else 404)',
        params: appointmentIdParams,
        response: { 200: appointmentWire, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const appointment = await getAppointment(ctx, actor, request.params.id);
      reply.header('etag', appointmentEtag(appointment.version));
      return toAppointmentWire(appointment, canSeeAlertsOnAppointments(actor));
    },
  );

  app.patch(
    '/api/appointments/:id',
    {
      schema: {
        tags: ['appointments'],
        summary:
          'Change status, time, dentist, service, duration or notes (owner, staff); a patient cancels or moves their own visit',
        description:
          'A patient may send only `status: "cancelled"` (with an optional `reason`), or `date` and `time` to move the visit to another free time (with an optional `reason`, and `dentist`: the visit’s own, or null for any dentist free then). Anything else from a patient is 403 `forbidden`. Only a pending or confirmed visit changes (409 `invalid_transition`), and only until the clinic’s `patient_change_cutoff_hours` before its start (409 `too_late`). A patient’s move of a confirmed visit makes it pending again unless the clinic’s `patients_move_confirmed` is true.',
        params: appointmentIdParams,
        body: updateAppointmentBody,
        response: { 200: appointmentWire, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const appointment = await updateAppointment(
        ctx,
        actor,
        request.params.id,
        request.body,
        parseIfMatch(request.headers['if-match']),
      );
      reply.header('etag', appointmentEtag(appointment.version));
      return toAppointmentWire(appointment, canSeeAlertsOnAppointments(actor));
    },
  );

  app.delete(
    '/api/appointments/:id',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Remove from the book; the history keeps it (owner, staff)',
        params: appointmentIdParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      await deleteAppointment(
        ctx,
        requireUser(request),
        request.params.id,
        parseIfMatch(request.headers['if-match']),
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/appointments/:id/history',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Every change, oldest first; kept after deletion',
        params: appointmentIdParams,
        response: { 200: z.array(historyEntryWire), ...problems(400, 401, 404) },
      },
    },
    async (request) => getHistory(ctx, requireUser(request), request.params.id),
  );

  registerPatientConfirmationRoutes(app, ctx);
}
