import { createDependantBody, userIdParams, userWire } from '@clinic/contract';
import { type Actor, readablePatientFields } from '@clinic/domain';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import { addDependant, listDependantsOf } from './dependants.service.ts';
import { toUserWire } from './user-wire.ts';
import type { User } from './users.model.ts';

/**
 * A patient's family: the people they book for. They add and list them under
 * /api/users/me/dependants and edit each with PATCH /api/users/{id}; the team reads any
 * patient's under /api/users/{id}/dependants and links or unlinks with PATCH /api/users/{id}.
 */
export function registerDependantRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/users/me/dependants',
    {
      schema: {
        tags: ['users'],
        summary: 'The people the signed-in patient books for, by name',
        response: { 200: z.array(userWire), ...problems(401) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const dependants = await listDependantsOf(ctx, actor, actor.id);
      return dependants.map((user) => wireFor(actor, user));
    },
  );

  app.post(
    '/api/users/me/dependants',
    {
      schema: {
        tags: ['users'],
        summary:
          'Add a person the signed-in patient books for (a child, a parent cared for): no sign-in of their own',
        body: createDependantBody,
        response: { 201: userWire, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const dependant = await addDependant(ctx, actor, request.body);
      return reply.code(201).send(wireFor(actor, dependant));
    },
  );

  app.get(
    '/api/users/:id/dependants',
    {
      schema: {
        tags: ['users'],
        summary: 'A patient’s dependants (owner, staff, and the patient themselves)',
        params: userIdParams,
        response: { 200: z.array(userWire), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const dependants = await listDependantsOf(ctx, actor, request.params.id);
      return dependants.map((user) => wireFor(actor, user));
    },
  );
}

function wireFor(actor: Actor, user: User) {
  return toUserWire(user, readablePatientFields(actor, user));
}
