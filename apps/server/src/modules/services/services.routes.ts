import {
  createServiceBody,
  serviceIdParams,
  serviceWire,
  updateServiceBody,
} from '@clinic/contract';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { createService, deleteService, listServices, updateService } from './services.service.ts';

export function registerServiceRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/services',
    {
      schema: {
        tags: ['services'],
        summary: 'The clinic’s services (patients see active ones only)',
        response: { 200: z.array(serviceWire), ...problems(401) },
      },
    },
    async (request) => {
      return listServices(ctx, requireUser(request));
    },
  );

  app.post(
    '/api/services',
    {
      schema: {
        tags: ['services'],
        summary: 'Add a service (owner)',
        body: createServiceBody,
        response: { 201: serviceWire, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      return reply.code(201).send(await createService(ctx, actor, request.body));
    },
  );

  app.patch(
    '/api/services/:id',
    {
      schema: {
        tags: ['services'],
        summary: 'Edit a service (owner)',
        params: serviceIdParams,
        body: updateServiceBody,
        response: { 200: serviceWire, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return updateService(ctx, actor, request.params.id, request.body);
    },
  );

  app.delete(
    '/api/services/:id',
    {
      schema: {
        tags: ['services'],
        summary: 'Delete a service no appointment uses (owner)',
        params: serviceIdParams,
        response: { 204: z.null(), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      await deleteService(ctx, actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
