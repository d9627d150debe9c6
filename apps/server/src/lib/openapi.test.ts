import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, setUpOwner, uniqueEmail } from '../test/factories.ts';
import { type OpenApiDocument, openApiValidator } from '../test/openapi-validator.ts';
import { createTestApp, type TestApp, type WireBody } from '../test/test-app.ts';
import { lintOpenApi } from './openapi-lint.ts';

let t: TestApp;
let document: OpenApiDocument;
let validator: ReturnType<typeof openApiValidator>;

beforeAll(async () => {
  t = await createTestApp();
  document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  validator = openApiValidator(document);
});
afterAll(() => t.close());

const METHODS = ['get', 'post', 'patch', 'put', 'delete'];
const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({
      path,
      method,
      op: item[method] as WireBody,
    })),
  );

/** Sends a request, checks the answer against the document, and answers its status and body. */
async function call(
  method: InjectOptions['method'],
  url: string,
  options: {
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
    app?: TestApp['app'];
  } = {},
) {
  const response = await (options.app ?? t.app).inject({
    method,
    url,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { payload: options.body as InjectOptions['payload'] }),
  });
  expect(validator.problemsWith(String(method), url, response)).toEqual([]);
  const body: WireBody = response.body ? JSON.parse(response.body) : undefined;
  return { status: response.statusCode, body, headers: response.headers };
}

describe('the API document', () => {
  it('lints clean with Redocly’s recommended rules', async () => {
    expect(await lintOpenApi(document)).toEqual([]);
  });

  it('is linted for real: a document without servers fails', async () => {
    const { servers: _servers, ...withoutServers } = document;
    const problems = await lintOpenApi(withoutServers);
    expect(problems.map((p) => p.ruleId)).toContain('no-empty-servers');
  });

  it('names every operation uniquely and types every error as problem details', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses as Record<string, WireBody>)) {
        if (!/^4/.test(status)) continue;
        expect(Object.keys(response.content), `${method} ${path} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
  });

  it('is checked for real: an answer it does not describe is refused', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    const altered = { ...response, body: JSON.stringify({ status: 'fine' }) };
    expect(validator.problemsWith('GET', '/healthz', altered)).toHaveLength(1);
    const undocumented = { ...response, statusCode: 418 };
    expect(validator.problemsWith('GET', '/healthz', undocumented)).toHaveLength(1);
  });

  it('marks as public exactly the operations that answer without a session', async () => {
    for (const { path, method, op } of operations()) {
      const url = path.replace(/\{[^}]+\}/g, '1');
      const hasBody = Boolean(op.requestBody);
      const { status } = await call(method.toUpperCase() as InjectOptions['method'], url, {
        ...(hasBody ? { body: {} } : {}),
      });
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      // Input is checked before the handler asks for a session, so an empty body may get 400.
      if (isPublic) expect(status, `${method} ${path}`).not.toBe(401);
      else expect([400, 401], `${method} ${path}`).toContain(status);
    }
  });
});

describe('real answers match the API document', () => {
  it('for every role’s everyday requests and the problems they meet', async () => {
    expect((await call('GET', '/healthz')).status).toBe(200);
    expect((await call('GET', '/api/setup')).body.needs_setup).toBe(true);
    const owner = await call('POST', '/api/setup', {
      body: {
        clinic_name: 'Bright Smile Dental',
        timezone: 'Europe/Lisbon',
        name: 'Olivia Owner',
        email: uniqueEmail('owner'),
        password: GOOD_PASSWORD,
      },
    });
    const ownerToken: string = owner.body.token;
    await call('GET', '/api/clinic');
    await call('PATCH', '/api/clinic', { token: ownerToken, body: { reminder_lead_hours: 24 } });
    const clinic = await call('GET', '/api/clinic');
    await call('PATCH', '/api/clinic', {
      token: ownerToken,
      body: {
        opening_hours: { ...clinic.body.opening_hours, sat: { open: '09:00:00', close: '13:00' } },
      },
    });

    const dentistEmail = uniqueEmail('dentist');
    const dentist = await call('POST', '/api/users', {
      token: ownerToken,
      body: {
        email: dentistEmail,
        name: 'Dr. Sam Reed',
        role: 'staff',
        is_dentist: true,
        password: GOOD_PASSWORD,
      },
    });
    const staff = await call('POST', '/api/auth/login', {
      body: { email: dentistEmail, password: GOOD_PASSWORD },
    });
    const staffToken: string = staff.body.token;
    const patient = await call('POST', '/api/auth/register', {
      body: { email: uniqueEmail('patient'), password: GOOD_PASSWORD, name: 'Ana Lima' },
    });
    const patientToken: string = patient.body.token;
    await call('GET', '/api/auth/me', { token: patientToken });
    expect((await call('GET', '/api/auth/session', { token: patientToken })).body.user).toEqual(
      patient.body.user,
    );
    expect((await call('GET', '/api/auth/session')).body).toEqual({ user: null });

    const service = await call('POST', '/api/services', {
      token: ownerToken,
      body: { name: 'Cleaning', duration_minutes: 45, price: '60.00' },
    });
    await call('PATCH', `/api/services/${service.body.id}`, {
      token: ownerToken,
      body: { description: 'Scale and polish.' },
    });
    await call('GET', '/api/services', { token: patientToken });
    await call('GET', '/api/dentists', { token: patientToken });

    const booked = await call('POST', '/api/appointments', {
      token: staffToken,
      body: {
        patient: patient.body.user.id,
        dentist: dentist.body.id,
        service: service.body.id,
        date: '2026-11-27',
        time: '10:00',
        status: 'confirmed',
      },
    });
    expect(booked.status).toBe(201);
    const id: number = booked.body.id;
    const requested = await call('POST', '/api/appointments', {
      token: patientToken,
      body: { date: '2026-11-30', time: '09:30:00', notes: 'Sensitive tooth.' },
    });
    expect(requested.status).toBe(201);
    await call('GET', '/api/appointments?status=pending,confirmed&page_size=10', {
      token: staffToken,
    });
    await call('GET', '/api/appointments', { token: patientToken });
    const one = await call('GET', `/api/appointments/${id}`, { token: staffToken });
    const changed = await call('PATCH', `/api/appointments/${id}`, {
      token: staffToken,
      body: { notes: 'Bring X-rays.' },
      headers: { 'if-match': String(one.headers.etag) },
    });
    expect(changed.status).toBe(200);
    const stale = await call('PATCH', `/api/appointments/${id}`, {
      token: staffToken,
      body: { notes: 'Too late.' },
      headers: { 'if-match': String(one.headers.etag) },
    });
    expect(stale.status).toBe(412);
    await call('GET', `/api/appointments/${id}/history`, { token: patientToken });

    await call('GET', '/api/users?role=patient', { token: staffToken });
    await call('GET', `/api/users/${patient.body.user.id}`, { token: patientToken });
    await call('PATCH', `/api/users/${patient.body.user.id}`, {
      token: patientToken,
      body: { phone: '+351 210 000 000' },
    });
    for (const token of [ownerToken, staffToken, patientToken]) {
      await call('GET', '/api/dashboard', { token });
    }
    await call('GET', '/api/audit?subject=appointment', { token: ownerToken });
    await call('GET', '/api/reports/appointments?date_from=2026-11-01', { token: ownerToken });

    const problems = [
      await call('GET', '/api/appointments/abc', { token: staffToken }),
      await call('POST', '/api/services', {
        token: ownerToken,
        body: '{"name":',
        headers: { 'content-type': 'application/json' },
      }),
      await call('GET', '/api/appointments'),
      await call('GET', '/api/audit', { token: patientToken }),
      await call('POST', '/api/auth/logout', { headers: { origin: 'https://elsewhere.example' } }),
      await call('POST', '/api/auth/logout', {
        token: staffToken,
        body: '',
        headers: { 'content-type': 'application/json' },
      }),
      await call('GET', '/api/appointments/999999', { token: staffToken }),
      await call('POST', '/api/setup', {
        body: {
          clinic_name: 'Second',
          timezone: 'UTC',
          name: 'Other Owner',
          email: uniqueEmail('owner'),
          password: GOOD_PASSWORD,
        },
      }),
      await call('POST', '/api/appointments', {
        token: staffToken,
        body: {
          patient: patient.body.user.id,
          dentist: dentist.body.id,
          date: '2026-11-27',
          time: '10:15',
        },
      }),
      await call('DELETE', `/api/services/${service.body.id}`, { token: ownerToken }),
      await call('POST', '/api/services', {
        token: ownerToken,
        body: 'name=Whitening',
        headers: { 'content-type': 'text/plain' },
      }),
      await call('DELETE', `/api/services/${service.body.id}`, {
        token: ownerToken,
        body: 'now',
        headers: { 'content-type': 'text/plain' },
      }),
      await call('PATCH', '/api/clinic', {
        token: ownerToken,
        body: { name: 'x'.repeat(200 * 1024) },
      }),
    ];
    expect(problems.map((p) => p.status)).toEqual([
      400, 400, 401, 403, 403, 400, 404, 409, 409, 409, 415, 415, 413,
    ]);

    const email = uniqueEmail('nobody');
    const attempts = [];
    for (let i = 0; i < 7; i++) {
      attempts.push(
        (await call('POST', '/api/auth/login', { body: { email, password: 'wrong-password' } }))
          .status,
      );
    }
    expect(attempts).toContain(401);
    expect(attempts.at(-1)).toBe(429);

    expect((await call('DELETE', `/api/appointments/${id}`, { token: staffToken })).status).toBe(
      204,
    );
    expect((await call('POST', '/api/auth/logout', { token: patientToken })).status).toBe(204);
  });

  it('for a live stream refused while the server holds all it may', async () => {
    const full = await createTestApp({ maxLiveStreams: 0 });
    try {
      const { token } = await setUpOwner(full.app);
      const refused = await call('GET', '/api/events', { token, app: full.app });
      expect(refused.status).toBe(503);
      // The document promises the header the client waits on; call() checked it is sent.
      const documented = document.paths['/api/events']?.get?.responses['503'];
      expect(Object.keys(documented?.headers ?? {})).toContain('Retry-After');
    } finally {
      await full.close();
    }
  });

  it('answers a method a known path lacks with 404, as the document’s description says', async () => {
    const response = await t.app.inject({ method: 'PUT', url: '/api/appointments/1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(String((document.info as WireBody).description)).toContain('PUT /api/appointments/1');
  });
});
