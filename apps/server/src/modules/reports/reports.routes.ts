import { appointmentReportQuery, appointmentReportWire } from '@clinic/contract';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { appointmentReport } from './reports.service.ts';

export function registerReportRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/reports/appointments',
    {
      schema: {
        tags: ['reports'],
        summary: 'Utilisation, no-shows and cancellations per dentist over clinic days (owner)',
        querystring: appointmentReportQuery,
        response: { 200: appointmentReportWire, ...problems(400, 401, 403) },
      },
    },
    async (request) =>
      appointmentReport(ctx, requireUser(request), {
        dateFrom: request.query.date_from,
        dateTo: request.query.date_to,
      }),
  );
}
