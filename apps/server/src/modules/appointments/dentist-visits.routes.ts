import {
  dentistIdParams,
  dentistVisitsWire,
  handOverVisitsBody,
  handOverVisitsWire,
} from '@clinic/contract';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { toAppointmentWire } from './appointment-wire.ts';
import { handOverVisits, listComingVisits } from './dentist-visits.service.ts';

/** A dentist's coming visits, and handing them over when the dentist stops working here. */
export function registerDentistVisitRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/users/:id/future-visits',
    {
      schema: {
        tags: ['appointments'],
        summary: 'A dentist’s visits that hold a slot and have not begun (owner, staff)',
        params: dentistIdParams,
        response: { 200: dentistVisitsWire, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { count, rows } = await listComingVisits(ctx, requireUser(request), request.params.id);
      // Only the team reaches this route, and the team sees medical alerts.
      return { count, results: rows.map((row) => toAppointmentWire(row, true)) };
    },
  );

  app.post(
    '/api/users/:id/future-visits',
    {
      schema: {
        tags: ['appointments'],
        summary:
          'Reassign or cancel every coming visit of a dentist, each on its own (owner); answers which changed and which could not',
        params: dentistIdParams,
        body: handOverVisitsBody,
        response: { 200: handOverVisitsWire, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => handOverVisits(ctx, requireUser(request), request.params.id, request.body),
  );
}
