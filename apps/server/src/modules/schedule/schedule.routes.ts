import {
  createScheduleExceptionBody,
  createWorkingHoursBody,
  scheduleExceptionsQuery,
  scheduleExceptionWire,
  scheduleIdParams,
  updateScheduleExceptionBody,
  updateWorkingHoursBody,
  workingHoursQuery,
  workingHoursWire,
} from '@clinic/contract';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import {
  createException,
  deleteException,
  listExceptions,
  updateException,
} from './exceptions.service.ts';
import {
  createWorkingHours,
  deleteWorkingHours,
  listWorkingHours,
  updateWorkingHours,
} from './working-hours.service.ts';

export function registerScheduleRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/working-hours',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Dentists’ weekly working hours, each in force from its date (owner, staff)',
        querystring: workingHoursQuery,
        response: { 200: z.array(workingHoursWire), ...problems(400, 401, 403) },
      },
    },
    async (request) => listWorkingHours(ctx, requireUser(request), request.query.dentist),
  );

  app.post(
    '/api/working-hours',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Give a dentist weekly working hours from a date on (owner)',
        body: createWorkingHoursBody,
        response: { 201: workingHoursWire, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createWorkingHours(ctx, requireUser(request), request.body)),
  );

  app.patch(
    '/api/working-hours/:id',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Change weekly working hours or the date they start (owner)',
        params: scheduleIdParams,
        body: updateWorkingHoursBody,
        response: { 200: workingHoursWire, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateWorkingHours(ctx, requireUser(request), request.params.id, request.body),
  );

  app.delete(
    '/api/working-hours/:id',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Remove weekly working hours (owner)',
        params: scheduleIdParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteWorkingHours(ctx, requireUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/schedule-exceptions',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Closures, time off and extra hours overlapping the days asked for (owner, staff)',
        querystring: scheduleExceptionsQuery,
        response: { 200: z.array(scheduleExceptionWire), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      return listExceptions(ctx, requireUser(request), {
        dateFrom: q.date_from,
        dateTo: q.date_to,
        dentistId: q.dentist,
        kind: q.kind,
      });
    },
  );

  app.post(
    '/api/schedule-exceptions',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Record a closure or extra hours (owner) or a dentist’s time off (owner, staff)',
        body: createScheduleExceptionBody,
        response: { 201: scheduleExceptionWire, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createException(ctx, requireUser(request), request.body)),
  );

  app.patch(
    '/api/schedule-exceptions/:id',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Change an exception’s days, times or reason (staff: time off only)',
        params: scheduleIdParams,
        body: updateScheduleExceptionBody,
        response: { 200: scheduleExceptionWire, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateException(ctx, requireUser(request), request.params.id, request.body),
  );

  app.delete(
    '/api/schedule-exceptions/:id',
    {
      schema: {
        tags: ['schedule'],
        summary: 'Remove an exception (staff: time off only)',
        params: scheduleIdParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteException(ctx, requireUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
