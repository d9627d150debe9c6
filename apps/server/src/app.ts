import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import type { Db } from './db/connect.ts';
import { registerApiCompression } from './lib/compression.ts';
import { registerErrorHandler, sendNotFoundProblem } from './lib/error-handler.ts';
import { createInProcessBus, createPostgresBus } from './lib/event-bus.ts';
import { loggerOptions } from './lib/logger.ts';
import { openApiOptions } from './lib/openapi.ts';
import { registerPublicUrl } from './lib/paging.ts';
import { registerResponseHeaders, requestIdOf } from './lib/response-headers.ts';
import { REVALIDATE, registerWebUi } from './lib/web-ui.ts';
import {
  type AccountEmailWorker,
  registerAccountEmailRoutes,
  startAccountEmailWorker,
} from './modules/account-emails/index.ts';
import {
  registerAppointmentRoutes,
  registerDentistVisitRoutes,
} from './modules/appointments/index.ts';
import { registerAuditRoutes } from './modules/audit/index.ts';
import { registerAuthentication, registerAuthRoutes } from './modules/auth/index.ts';
import { registerAvailabilityRoutes } from './modules/availability/index.ts';
import { registerCalendarFeedRoutes } from './modules/calendar-feeds/index.ts';
import { registerClinicRoutes } from './modules/clinic/index.ts';
import { registerDashboardRoutes } from './modules/dashboard/index.ts';
import { registerEventRoutes } from './modules/events/index.ts';
import { registerHealthRoutes } from './modules/health/index.ts';
import { registerInboxRoutes } from './modules/inbox/index.ts';
import {
  createSmtpMailer,
  type NotificationWorker,
  registerMessagePreferenceRoutes,
  registerMessageRoutes,
  startNotificationWorker,
} from './modules/notifications/index.ts';
import { registerPatientDataRoutes } from './modules/patient-data/index.ts';
import { registerPatientRoutes } from './modules/patients/index.ts';
import { registerReportRoutes } from './modules/reports/index.ts';
import { registerScheduleRoutes } from './modules/schedule/index.ts';
import { registerServiceRoutes } from './modules/services/index.ts';
import {
  createTwilioProvider,
  createVisitTextSender,
  registerPatientMessageRoutes,
  registerSmsWebhookRoutes,
  type SmsReplyWorker,
  smsReplyActions,
  startSmsReplyWorker,
} from './modules/sms/index.ts';
import { registerDependantRoutes, registerUserRoutes } from './modules/users/index.ts';
import { registerVisitAnswerRoutes } from './modules/visit-answers/index.ts';

export interface BuildOptions {
  config: Config;
  db: Db;
  now?: () => number;
  /** Seconds between keep-alive comments on event streams; tests shorten it. */
  heartbeatMs?: number;
  /** How often queued emails are looked for when no change wakes the sender; tests shorten it. */
  mailPollMs?: number;
  /** How long a client may take to send a whole request, headers and body; tests shorten it. */
  requestTimeoutMs?: number;
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** The whole application without listening, so tests can drive it through `inject`. */
export async function buildApp({
  config,
  db,
  now = Date.now,
  heartbeatMs,
  mailPollMs = 15_000,
  requestTimeoutMs = 30_000,
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    bodyLimit: 100 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // A client-chosen request id is fine for correlation but must stay short and plain.
    requestIdHeader: false,
    genReqId: requestIdOf,
    // A client trickling its request in byte by byte would hold a connection for ever; the
    // answer to a slow request is 408. Streams are not cut: the limit is on receiving.
    requestTimeout: requestTimeoutMs,
    http: {
      headersTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs),
    },
  }).withTypeProvider<ZodTypeProvider>();

  const events =
    db.engine === 'postgres' && config.databaseUrl
      ? await createPostgresBus(config.databaseUrl, app.log)
      : createInProcessBus();
  app.addHook('onClose', () => events.close());
  const ctx: AppContext = { db, config, now, events };

  app.setValidatorCompiler(validatorCompiler);
  // Responses are built by typed mappers (toUserWire, toAppointmentWire…), so their shape is
  // checked at compile time; re-validating every row with zod cost ~11% of a list request.
  // The zod response schemas still type the handlers and document the API.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandler(app);
  // The API speaks JSON only; any other body is answered 415 instead of reaching a handler.
  app.removeContentTypeParser('text/plain');
  registerResponseHeaders(app);
  // No answer goes out before every write it could report or show is on disk.
  // Synchronous when nothing waits for the disk: a promise per answer costs cheap reads dearly.
  app.addHook('onSend', (_request, _reply, payload, done) => {
    if (db.isDurable()) return done(null, payload);
    db.untilDurable().then(() => done(null, payload), done);
  });
  registerPublicUrl(app, config.publicUrl);

  await app.register(fastifyCookie);
  await registerApiCompression(app);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, openApiOptions());
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // Swagger UI needs its own hashed scripts; everything else keeps the strict policy.
    transformStaticCSP: (header) =>
      header.replace("script-src 'self'", `script-src 'self' ${app.swaggerCSP.script.join(' ')}`),
  });

  registerAuthentication(app, ctx);
  registerHealthRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerAccountEmailRoutes(app, ctx);
  registerClinicRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerDependantRoutes(app, ctx);
  registerMessagePreferenceRoutes(app, ctx);
  registerPatientRoutes(app, ctx);
  registerPatientDataRoutes(app, ctx);
  registerServiceRoutes(app, ctx);
  registerAppointmentRoutes(app, ctx);
  registerDentistVisitRoutes(app, ctx);
  registerScheduleRoutes(app, ctx);
  registerAvailabilityRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerVisitAnswerRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerInboxRoutes(app, ctx);
  registerCalendarFeedRoutes(app, ctx);
  registerEventRoutes(app, ctx, { heartbeatMs });
  registerMessageRoutes(app, ctx);
  registerPatientMessageRoutes(app, ctx);
  registerSmsWebhookRoutes(app, ctx, smsReplyActions);
  // Texts through the provider when it is configured (decision 041), emails through SMTP.
  const textProvider = config.sms ? createTwilioProvider(config.sms) : undefined;
  if (config.smtpUrl || textProvider) {
    const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : undefined;
    let worker: NotificationWorker | undefined;
    let accountWorker: AccountEmailWorker | undefined;
    let replyWorker: SmsReplyWorker | undefined;
    app.addHook('onReady', async () => {
      worker = startNotificationWorker(ctx, mailer, {
        pollMs: mailPollMs,
        log: app.log,
        deliverText: textProvider && createVisitTextSender(ctx, textProvider, app.log),
      });
      if (config.smtpUrl) {
        // Its own connection to the mail server, so a slow visit email never holds up a reset.
        const accountMailer = createSmtpMailer(config.smtpUrl, config.mailFrom);
        accountWorker = startAccountEmailWorker(ctx, accountMailer, {
          pollMs: mailPollMs,
          log: app.log,
        });
      }
      if (textProvider) {
        replyWorker = startSmsReplyWorker(ctx, textProvider, { pollMs: mailPollMs, log: app.log });
      }
    });
    app.addHook('onClose', async () => {
      await Promise.all([worker?.stop(), accountWorker?.stop(), replyWorker?.stop()]);
    });
  }
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webDist = config.webDistDir ?? DEFAULT_WEB_DIST;
  const hasWebUi = existsSync(`${webDist}/index.html`);
  if (hasWebUi) {
    await registerWebUi(app, webDist);
  }
  app.setNotFoundHandler((request, reply) => {
    const isPageRequest =
      request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/healthz';
    // Client-side routes (/owner/staff, /patient, …) all load the single-page app.
    if (hasWebUi && isPageRequest) {
      return reply.type('text/html').header('cache-control', REVALIDATE).sendFile('index.html');
    }
    return sendNotFoundProblem(request, reply);
  });

  return app;
}
