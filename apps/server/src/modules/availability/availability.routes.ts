import {
  availabilityQuery,
  availabilityWire,
  nextAvailableQuery,
  nextAvailableWire,
  workingDaysQuery,
  workingDaysWire,
} from '@clinic/contract';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { getAvailability, getNextAvailable, getWorkingDays } from './availability.service.ts';

export function registerAvailabilityRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/availability',
    {
      schema: {
        tags: ['availability'],
        summary: 'Free start times for a service, per day (at most 62 days)',
        description:
          'Every day of the range is listed, with no slots when none is free. Patients are also held to the clinic’s notice and horizon and never learn whose time is taken.',
        querystring: availabilityQuery,
        response: { 200: availabilityWire, ...problems(400, 401) },
      },
    },
    async (request) => getAvailability(ctx, requireUser(request), request.query),
  );

  app.get(
    '/api/availability/next',
    {
      schema: {
        tags: ['availability'],
        summary: 'The first free time for a service from a day on',
        description:
          'Patients: within the clinic’s booking horizon. Owner and staff: within 366 days.',
        querystring: nextAvailableQuery,
        response: { 200: nextAvailableWire, ...problems(400, 401) },
      },
    },
    async (request) => getNextAvailable(ctx, requireUser(request), request.query),
  );

  app.get(
    '/api/working-days',
    {
      schema: {
        tags: ['availability'],
        summary: 'Each day’s opening hours and dentists’ working hours (owner, staff; ≤ 62 days)',
        description:
          'Weekly patterns within the opening hours, less closures and time off, plus extra hours.',
        querystring: workingDaysQuery,
        response: { 200: workingDaysWire, ...problems(400, 401, 403) },
      },
    },
    async (request) => getWorkingDays(ctx, requireUser(request), request.query),
  );
}
