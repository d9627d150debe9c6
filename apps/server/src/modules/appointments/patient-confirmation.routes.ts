import { appointmentIdParams, appointmentWire } from '@clinic/contract';
import { canSeeAlertsOnAppointments } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { toAppointmentWire } from './appointment-wire.ts';
import { appointmentEtag, parseIfMatch } from './etag.ts';
import { recordPatientConfirmation } from './patient-answers.ts';

/**
 * The front desk notes that a patient said on the phone they will come (decision 040), or
 * takes such a note back; patients answer through the links in their messages instead.
 */
export function registerPatientConfirmationRoutes(app: App, ctx: AppContext): void {
  for (const [method, confirmed] of [
    ['POST', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      method,
      url: '/api/appointments/:id/patient-confirmation',
      schema: {
        tags: ['appointments'],
        summary: confirmed
          ? 'Note that the patient said they will come (owner, staff)'
          : 'Take back a note that the patient will come (owner, staff)',
        description: confirmed
          ? 'For an answer given on the phone: sets `patient_confirmed_at`, recorded in the history with `via: "staff"`. Only a pending or confirmed visit (409 `invalid_transition`); a visit already confirmed by the patient stays as it is. With If-Match as for any change.'
          : 'Clears `patient_confirmed_at`, in the history. With If-Match as for any change.',
        params: appointmentIdParams,
        response: { 200: appointmentWire, ...problems(400, 401, 403, 404, 409, 412) },
      },
      handler: async (request, reply) => {
        const actor = requireUser(request);
        const appointment = await recordPatientConfirmation(
          ctx,
          actor,
          request.params.id,
          confirmed,
          parseIfMatch(request.headers['if-match']),
        );
        reply.header('etag', appointmentEtag(appointment.version));
        return toAppointmentWire(appointment, canSeeAlertsOnAppointments(actor));
      },
    });
  }
}
