import { dashboardWire } from '@clinic/contract';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { getDashboard } from './dashboard.service.ts';

export function registerDashboardRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'The landing page in one request: the team’s day and queue, or a patient’s own visits',
        response: { 200: dashboardWire, ...problems(401) },
      },
    },
    async (request) => getDashboard(ctx, requireUser(request)),
  );
}
