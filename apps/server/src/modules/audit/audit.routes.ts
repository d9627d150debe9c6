import { auditEntryWire, auditLogQuery, pagedSchema } from '@clinic/contract';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { toPage } from '../../lib/paging.ts';
import { requireUser } from '../auth/index.ts';
import { listAuditLog } from './audit.service.ts';

export function registerAuditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Every change to appointments, accounts, services and settings, newest first (owner only)',
        querystring: auditLogQuery,
        response: { 200: pagedSchema(auditEntryWire), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const { entries, count } = await listAuditLog(
        ctx,
        requireUser(request),
        {
          actorId: q.actor,
          action: q.action,
          subject: q.subject,
          appointmentId: q.appointment,
          dateFrom: q.date_from,
          dateTo: q.date_to,
        },
        { limit: q.page_size, offset: (q.page - 1) * q.page_size },
      );
      return toPage(request, entries, count, q.page, q.page_size);
    },
  );
}
