import { problemWire } from '@clinic/contract';
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
} from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import { z } from 'zod';
import { openApiComponents } from './openapi-components.ts';
import { describeField, isObject, type Json, walkSchema } from './openapi-formats.ts';
import { DESCRIPTION, OTHER_DESCRIPTIONS, STATUS_DESCRIPTIONS, TAGS } from './openapi-prose.ts';

/**
 * The API document is generated from the zod schemas that validate requests, then shaped here
 * so it says everything else the server does: who may call an operation, which problems it
 * answers and in which media type, and the formats of dates, times and instants.
 */

type Document = OpenAPIV3_1.Document;

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const PROBLEM_TYPE = 'application/problem+json';

/** Operations anyone may call, signed in or not; every other one answers 401 without a session. */
const PUBLIC_OPERATIONS = new Set([
  'GET /healthz',
  'GET /api/setup',
  'POST /api/setup',
  'GET /api/clinic',
  'POST /api/auth/login',
  'POST /api/auth/register',
  'GET /api/auth/session',
  // The secret in the address is the credential (decision 042).
  'GET /api/calendar-feeds/{token}.ics',
  'POST /api/visit-answers/preview',
  'POST /api/visit-answers',
  // Signed by the text provider instead (decision 041).
  'POST /api/sms/inbound',
  'POST /api/sms/status',
  // The signed link is the credential, from a page or a mail program (decision 041).
  'POST /api/unsubscribe',
  'POST /api/unsubscribe/one-click',
]);

/** Operations on a versioned resource: they send an ETag and honour If-Match. */
const VERSIONED = {
  tagged: new Set([
    'POST /api/appointments',
    'GET /api/appointments/{id}',
    'PATCH /api/appointments/{id}',
    'POST /api/appointments/{id}/patient-confirmation',
    'DELETE /api/appointments/{id}/patient-confirmation',
  ]),
  conditional: new Set([
    'PATCH /api/appointments/{id}',
    'DELETE /api/appointments/{id}',
    'POST /api/appointments/{id}/patient-confirmation',
    'DELETE /api/appointments/{id}/patient-confirmation',
  ]),
};

/** A stable camelCase id from method and path: `GET /api/appointments/{id}` → `getAppointmentsById`. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter((segment) => segment && segment !== 'api')
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param?.[1]
        ? ['by', ...param[1].split(/[^a-zA-Z0-9]+/)]
        : segment.split(/[^a-zA-Z0-9]+/);
    })
    .filter(Boolean);
  return [method.toLowerCase(), ...words]
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

/** Added by rule (no content yet), or declared with `problems(…)`; not /healthz's own 503. */
function isProblemResponse(response: Json): boolean {
  if (!isObject(response.content)) return true;
  return Object.values(response.content).some(
    (media) =>
      isObject(media) &&
      isObject(media.schema) &&
      Array.isArray(media.schema.required) &&
      media.schema.required.includes('code') &&
      media.schema.required.includes('detail'),
  );
}

const problemContent = (schema: Json = PROBLEM_REF) => ({ [PROBLEM_TYPE]: { schema } });

function shapeResponses(op: OpenAPIV3_1.OperationObject, key: string, path: string): void {
  const method = key.split(' ')[0] ?? '';
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const needed = new Set<string>();
  const hasParams = (op.parameters ?? []).length > 0;
  // A write's body is parsed whether or not the operation reads one; a GET's is ignored.
  const isWrite = method !== 'GET';
  if (isWrite || hasParams) needed.add('400');
  if (!PUBLIC_OPERATIONS.has(key)) needed.add('401');
  // Any write under /api/ can be a cross-site one carrying only the cookie.
  if (isWrite && path.startsWith('/api/')) needed.add('403');
  if (path.includes('{')) needed.add('404');
  if (isWrite) {
    needed.add('413');
    needed.add('415');
  }
  if (VERSIONED.conditional.has(key)) needed.add('412');
  for (const status of needed) responses[status] ??= {};

  for (const [status, response] of Object.entries(responses)) {
    const isProblem = /^[45]/.test(status) && isProblemResponse(response);
    response.description =
      (isProblem ? undefined : OTHER_DESCRIPTIONS[status]) ??
      STATUS_DESCRIPTIONS[status] ??
      'See the problem’s detail.';
    if (status === '204') delete response.content;
    if (isProblem) {
      response.content =
        status === '412' && VERSIONED.conditional.has(key)
          ? problemContent({
              allOf: [
                PROBLEM_REF,
                {
                  type: 'object',
                  required: ['current'],
                  properties: { current: { $ref: '#/components/schemas/Appointment' } },
                },
              ],
            })
          : problemContent();
    } else {
      for (const media of Object.values(isObject(response.content) ? response.content : {})) {
        if (isObject(media)) walkSchema(media.schema, 'output', key);
      }
    }
  }
  for (const status of ['429', '503']) {
    const response = responses[status];
    if (!response || !isObject(response.content) || !response.content[PROBLEM_TYPE]) continue;
    response.headers = {
      'Retry-After': {
        description: 'Seconds to wait before trying again.',
        schema: { type: 'integer', minimum: 0 },
      },
    };
  }
  op.responses = responses as OpenAPIV3_1.ResponsesObject;
}

function shapeSessionCookie(op: OpenAPIV3_1.OperationObject): void {
  for (const status of ['200', '201']) {
    const response = op.responses?.[status] as Json | undefined;
    const content = response && isObject(response.content) ? response.content : undefined;
    const media = content?.['application/json'];
    if (!response || !isObject(media) || !isObject(media.schema)) continue;
    if (media.schema.$ref !== '#/components/schemas/Session') continue;
    response.headers = {
      'Set-Cookie': {
        description: 'The `clinic_session` cookie (HttpOnly, SameSite=Lax) holding the same token.',
        schema: { type: 'string' },
      },
    };
  }
}

function shapeVersioning(op: OpenAPIV3_1.OperationObject, key: string): void {
  if (VERSIONED.conditional.has(key)) {
    op.parameters = [
      ...(op.parameters ?? []),
      {
        name: 'If-Match',
        in: 'header',
        required: false,
        description:
          'The ETag last read (`"<version>"`), a list of them, or `*`: the change applies only if the appointment is still at one of them, else 412. Weak tags never match. Without it the change always applies.',
        schema: { type: 'string' },
        examples: { version: { value: '"3"' } },
      },
    ];
  }
  if (VERSIONED.tagged.has(key)) {
    for (const status of ['200', '201']) {
      const response = op.responses?.[status] as Json | undefined;
      if (!response) continue;
      response.headers = {
        ...(isObject(response.headers) ? response.headers : {}),
        ETag: {
          description: 'The appointment’s version as a strong entity tag, such as `"3"`.',
          schema: { type: 'string', pattern: '^"\\d+"$' },
        },
      };
    }
  }
}

function shapeEventStream(op: OpenAPIV3_1.OperationObject, key: string): void {
  if (key !== 'GET /api/events') return;
  op.responses = {
    '200': {
      description:
        'A stream that stays open: `event:` names the change and `data:` holds JSON (the appointment, or its id when deleted).',
      content: { 'text/event-stream': { schema: { type: 'string' } } },
    },
    ...op.responses,
  };
}

function shapeOperation(op: OpenAPIV3_1.OperationObject, method: string, path: string): void {
  const key = `${method.toUpperCase()} ${path}`;
  op.operationId ??= operationIdOf(method, path);
  if (PUBLIC_OPERATIONS.has(key)) op.security = [];
  for (const parameter of (op.parameters ?? []) as Json[]) {
    if (typeof parameter.name !== 'string') continue;
    if (parameter.in === 'path' && parameter.name === 'id') {
      parameter.description ??= 'The record’s numeric id.';
    }
    if (isObject(parameter.schema)) {
      describeField(parameter.name, parameter.schema, 'input', key);
      walkSchema(parameter.schema, 'input', key);
    }
  }
  const body = op.requestBody as Json | undefined;
  for (const media of Object.values(body && isObject(body.content) ? body.content : {})) {
    if (isObject(media)) walkSchema(media.schema, 'input', key);
  }
  shapeEventStream(op, key);
  shapeResponses(op, key, path);
  shapeSessionCookie(op);
  shapeVersioning(op, key);
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Names every component some operation (or another used component) refers to. */
function usedComponents(document: Document): Set<string> {
  const used = new Set<string>();
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      const ref = value.$ref;
      if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
        const name = ref.slice('#/components/schemas/'.length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      }
      for (const child of Object.values(value)) visit(child);
    }
  };
  visit(document.paths);
  return used;
}

/** RFC 9457 problem details as the error handler sends them; input mode leaves room for extensions. */
function problemSchema(): Json {
  const { $schema: _dialect, ...problem } = z.toJSONSchema(problemWire, { io: 'input' });
  const properties = (problem.properties ?? {}) as Record<string, Json>;
  const describe = (name: string, extra: Json) => {
    properties[name] = { ...properties[name], ...extra };
  };
  describe('type', { format: 'uri-reference', description: '`/problems/<code>`.' });
  describe('title', { description: 'A short, human-readable summary of the kind of problem.' });
  describe('status', { minimum: 400, maximum: 599, description: 'The HTTP status code.' });
  describe('detail', { description: 'What went wrong this time, in words a user can act on.' });
  describe('code', {
    description: 'Stable and machine-readable, such as `double_booking`; clients branch on it.',
  });
  describe('errors', { description: 'A message per invalid field, keyed by its dotted path.' });
  return {
    ...problem,
    description: 'RFC 9457 problem details. Some problems add members, such as `current` on a 412.',
  };
}

/** The whole document after generation: operations, responses, formats and components. */
export function shapeDocument(document: Document): Document {
  document.servers = [{ url: '/', description: 'The server that serves this document.' }];
  document.tags = TAGS;
  const schemas = (document.components?.schemas ?? {}) as Record<string, Json>;
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (op) shapeOperation(op, method, path);
    }
  }
  schemas.Problem = problemSchema();
  for (const [name, schema] of Object.entries(schemas)) {
    walkSchema(schema, name.endsWith('Input') ? 'input' : 'output', '');
  }
  const used = usedComponents(document);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  return document;
}

/** Options for @fastify/swagger: the document's frame, and its generation from zod. */
export function openApiOptions(): FastifyDynamicSwaggerOptions {
  const components = openApiComponents();
  const toComponents = createJsonSchemaTransformObject({ schemaRegistry: components });
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Dental clinic appointment API',
        version: '1.0.0',
        description: DESCRIPTION,
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'The token that sign-in, registration or setup answered.',
          },
          cookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'clinic_session',
            description: 'The session cookie a browser keeps after signing in.',
          },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: createJsonSchemaTransform({ schemaRegistry: components }),
    transformObject: (documentObject) =>
      shapeDocument(toComponents(documentObject) as unknown as Document),
  };
}
