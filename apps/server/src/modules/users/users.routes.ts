import {
  createUserBody,
  dentistWire,
  listDentistsQuery,
  listUsersQuery,
  pagedSchema,
  updateUserBody,
  userIdParams,
  userWire,
} from '@clinic/contract';
import { type Actor, readablePatientFields } from '@clinic/domain';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { toPage } from '../../lib/paging.ts';
import { requireUser } from '../auth/index.ts';
import { toUserWire } from './user-wire.ts';
import type { User } from './users.model.ts';
import {
  createUser,
  listDentists,
  listUsers,
  readVisibleUser,
  updateUser,
} from './users.service.ts';

export function registerUserRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'List users (owner, staff); the patient picker uses role=patient&search=',
        querystring: listUsersQuery,
        response: { 200: pagedSchema(userWire), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const q = request.query;
      const { users, count } = await listUsers(
        ctx,
        actor,
        { role: q.role, search: q.search, isActive: q.is_active, isDentist: q.is_dentist },
        { limit: q.page_size, offset: (q.page - 1) * q.page_size },
      );
      return toPage(
        request,
        users.map((user) => wireFor(actor, user)),
        count,
        q.page,
        q.page_size,
      );
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create an account (owner: staff or patient; staff: patients only)',
        body: createUserBody,
        response: { 201: userWire, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const user = await createUser(ctx, actor, request.body);
      return reply.code(201).send(wireFor(actor, user));
    },
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary:
          'One user (a patient may read only themselves and their dependants); the patient’s record fields as the reader may see them',
        params: userIdParams,
        response: { 200: userWire, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return wireFor(actor, await readVisibleUser(ctx, actor, request.params.id));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary:
          'Edit a user (owner: anyone; staff: patients, and link or unlink a dependant with `guardian`; patient: own name, phone, password with the current one, and a dependant’s name, phone and date of birth)',
        params: userIdParams,
        body: updateUserBody,
        response: { 200: userWire, ...problems(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const user = await updateUser(ctx, actor, request.params.id, request.body, {
        tokenHash: request.session?.tokenHash,
        address: request.ip,
      });
      return wireFor(actor, user);
    },
  );

  app.get(
    '/api/dentists',
    {
      schema: {
        tags: ['users'],
        summary: 'Active dentists, for pickers; the team may ask for former dentists too',
        querystring: listDentistsQuery,
        response: { 200: z.array(dentistWire), ...problems(400, 401) },
      },
    },
    async (request) =>
      listDentists(ctx, requireUser(request), request.query.include_inactive === true),
  );
}

/** The account with as much of the patient's record as `actor` may read. */
function wireFor(actor: Actor, user: User) {
  return toUserWire(user, readablePatientFields(actor, user));
}
