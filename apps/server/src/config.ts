import { resolve } from 'node:path';
import { isValidTimeZone } from '@clinic/domain';
import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  OWNER_EMAIL: z.string().email().optional(),
  OWNER_PASSWORD: z.string().min(8).optional(),
  OWNER_NAME: z.string().min(1).optional(),
  CLINIC_TIMEZONE: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Lisbon')
    .optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-zA-Z]{32}$/, 'must be an account SID: AC and 32 letters or digits')
    .optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_FROM: z
    .string()
    .regex(/^(\+[1-9]\d{6,14}|[A-Za-z0-9 ]{1,11})$/, 'must be an E.164 number or a sender name')
    .optional(),
  TWILIO_MESSAGING_SERVICE_SID: z
    .string()
    .regex(/^MG[0-9a-zA-Z]{32}$/, 'must be a messaging service SID: MG and 32 letters or digits')
    .optional(),
  TWILIO_API_URL: z
    .string()
    .regex(/^https?:\/\/[^/?#\s]+\/?$/, 'must be an http:// or https:// origin')
    .default('https://api.twilio.com'),
  TRUST_PROXY: booleanFlag.default(false),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/, 'must be an http:// or https:// URL')
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  MAX_LIVE_STREAMS: z.coerce.number().int().positive().default(2000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  owner: { email: string; password: string; name: string } | undefined;
  /** Set only when CLINIC_TIMEZONE is given; it then wins over the zone chosen at setup. */
  clinicTimeZoneOverride: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Text messages through Twilio; undefined when not configured, and then none are sent. */
  sms: SmsConfig | undefined;
  trustProxy: boolean;
  /** Where clients reach the clinic, for absolute links; without it links are relative. */
  publicUrl: string | undefined;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** Live event streams one server process holds at most; a new one past it gets 503. */
  maxLiveStreams: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Folder of the built web UI; when missing the server runs API-only. */
  webDistDir: string | undefined;
}

/** Twilio's Messages API: the account, its auth token, and whom texts come from. */
export interface SmsConfig {
  accountSid: string;
  authToken: string;
  /** A number in E.164 or an alphanumeric sender; or a messaging service chooses the sender. */
  from: { number: string } | { messagingServiceSid: string };
  /** https://api.twilio.com, or a stand-in speaking the same API (tests). */
  apiUrl: string;
}

export class ConfigError extends Error {}

const TWILIO_VARIABLES = [
  'TWILIO_ACCOUNT_SID',
  'TWILIO_AUTH_TOKEN',
  'TWILIO_FROM',
  'TWILIO_MESSAGING_SERVICE_SID',
] as const;

/** Text messages are on when the account, its token and a sender are all given; half is an error. */
function smsConfig(e: z.infer<typeof envSchema>): SmsConfig | undefined {
  if (TWILIO_VARIABLES.every((name) => e[name] === undefined)) return undefined;
  const missing: string[] = [];
  if (!e.TWILIO_ACCOUNT_SID) missing.push('TWILIO_ACCOUNT_SID: required to send text messages');
  if (!e.TWILIO_AUTH_TOKEN) missing.push('TWILIO_AUTH_TOKEN: required to send text messages');
  if (!e.TWILIO_FROM && !e.TWILIO_MESSAGING_SERVICE_SID) {
    missing.push('TWILIO_FROM: required (or TWILIO_MESSAGING_SERVICE_SID) to send text messages');
  }
  if (e.TWILIO_FROM && e.TWILIO_MESSAGING_SERVICE_SID) {
    missing.push('TWILIO_FROM: give it or TWILIO_MESSAGING_SERVICE_SID, not both');
  }
  if (missing.length > 0 || !e.TWILIO_ACCOUNT_SID || !e.TWILIO_AUTH_TOKEN) {
    throw new ConfigError(`Invalid configuration:\n  ${missing.join('\n  ')}`);
  }
  return {
    accountSid: e.TWILIO_ACCOUNT_SID,
    authToken: e.TWILIO_AUTH_TOKEN,
    from: e.TWILIO_MESSAGING_SERVICE_SID
      ? { messagingServiceSid: e.TWILIO_MESSAGING_SERVICE_SID }
      : { number: e.TWILIO_FROM ?? '' },
    apiUrl: e.TWILIO_API_URL.replace(/\/+$/, ''),
  };
}

/** The only reader of process.env: everything else receives a validated Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in a unit file) means unset, not an invalid value.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.OWNER_EMAIL && !e.OWNER_PASSWORD) {
    throw new ConfigError('Invalid configuration:\n  OWNER_PASSWORD: required with OWNER_EMAIL');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    owner:
      e.OWNER_EMAIL && e.OWNER_PASSWORD
        ? { email: e.OWNER_EMAIL, password: e.OWNER_PASSWORD, name: e.OWNER_NAME ?? 'Clinic owner' }
        : undefined,
    clinicTimeZoneOverride: e.CLINIC_TIMEZONE,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? 'Dental clinic <no-reply@localhost>',
    sms: smsConfig(e),
    trustProxy: e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    maxLiveStreams: e.MAX_LIVE_STREAMS,
    logLevel: e.LOG_LEVEL,
    webDistDir: e.WEB_DIST_DIR,
  };
}
