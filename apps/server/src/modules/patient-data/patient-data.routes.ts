import {
  closedAccountWire,
  closureRequestBody,
  closureRequestWire,
  closureStatusWire,
  patientExportWire,
  userIdParams,
} from '@clinic/contract';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { requireUser } from '../auth/index.ts';
import {
  closeAccount,
  closureStatus,
  listClosureRequests,
  requestClosure,
  withdrawClosure,
} from './closure.service.ts';
import { exportPatientData } from './export.service.ts';
import { renderExportHtml } from './export-html.ts';

/** The file's name on the patient's disk: whose, and when, without the person's name. */
function attachment(id: number, at: string, extension: string): string {
  return `attachment; filename="patient-${id}-data-${at.slice(0, 10)}.${extension}"`;
}

export function registerPatientDataRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/users/:id/export',
    {
      schema: {
        tags: ['patient data'],
        summary:
          'Everything the clinic holds on a patient, as a JSON download (the patient for themselves; the owner for any patient); audited',
        params: userIdParams,
        response: { 200: patientExportWire, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const { data } = await exportPatientData(ctx, actor, request.params.id, 'json');
      return reply
        .header('content-disposition', attachment(data.account.id, data.exported_at, 'json'))
        .send(data);
    },
  );

  app.get(
    '/api/users/:id/export.html',
    {
      schema: {
        tags: ['patient data'],
        summary:
          'The same as a page that prints well, in the patient’s language (the patient for themselves; the owner for any patient); audited',
        params: userIdParams,
        produces: ['text/html'],
        response: {
          200: z.string().describe('An HTML document with inline styles for print.'),
          ...problems(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const { data, language, timeZone } = await exportPatientData(
        ctx,
        actor,
        request.params.id,
        'html',
      );
      return reply
        .type('text/html; charset=utf-8')
        .send(renderExportHtml(data, { language, timeZone }));
    },
  );

  app.get(
    '/api/users/:id/closure-request',
    {
      schema: {
        tags: ['patient data'],
        summary: 'Whether the account is closed, and its open request to close it, if any',
        params: userIdParams,
        response: { 200: closureStatusWire, ...problems(401, 404) },
      },
    },
    async (request) => closureStatus(ctx, requireUser(request), request.params.id),
  );

  app.post(
    '/api/users/:id/closure-request',
    {
      schema: {
        tags: ['patient data'],
        summary:
          'A patient asks the clinic to close their own account (one open request at a time)',
        params: userIdParams,
        body: closureRequestBody,
        response: { 201: closureRequestWire, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const created = await requestClosure(
        ctx,
        actor,
        request.params.id,
        request.body.reason ?? '',
      );
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/api/users/:id/closure-request',
    {
      schema: {
        tags: ['patient data'],
        summary: 'The patient withdraws their open request to close the account',
        params: userIdParams,
        response: { 204: z.null().describe('Withdrawn.'), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await withdrawClosure(ctx, requireUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/closure-requests',
    {
      schema: {
        tags: ['patient data'],
        summary: 'Patients’ open requests to close their accounts, oldest first (owner, staff)',
        response: { 200: z.array(closureRequestWire), ...problems(401, 403) },
      },
    },
    async (request) => listClosureRequests(ctx, requireUser(request)),
  );

  app.post(
    '/api/users/:id/close',
    {
      schema: {
        tags: ['patient data'],
        summary:
          'Close a patient’s account for good (owner): the person is anonymised, visits and their history kept, coming visits cancelled, sessions ended',
        params: userIdParams,
        response: { 200: closedAccountWire, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => closeAccount(ctx, requireUser(request), request.params.id),
  );
}
