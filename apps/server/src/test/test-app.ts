import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import type { AppContext } from '../context.ts';
import { connectDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createInProcessBus } from '../lib/event-bus.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  /** Moves the test clock; services read it through ctx.now. */
  clock: { now: number };
  close(): Promise<void>;
}

/**
 * A real app on a real, empty database: a temporary SQLite file, or, when DATABASE_URL
 * points at a PostgreSQL server (npm run test:pg), a fresh database created on it.
 */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const base = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-test-'));
  const scratch = base.databaseUrl ? await createScratchDatabase(base.databaseUrl) : undefined;
  const config: Config = {
    ...base,
    dataDir,
    databaseUrl: scratch?.url,
    owner: undefined,
    clinicTimeZoneOverride: undefined,
    logLevel: 'silent',
    ...overrides,
  };
  const db = connectDatabase(config);
  await migrateToLatest(db);
  const clock = { now: Date.parse('2026-11-25T10:00:00.000Z') };
  const now = () => clock.now;
  const app = await buildApp({ config, db, now, heartbeatMs: 200, mailPollMs: 100 });
  await app.ready();
  // The services' context, sharing the app's database and clock, for direct checks.
  const ctx: AppContext = { db, config, now, events: createInProcessBus() };
  return {
    app,
    ctx,
    clock,
    close: async () => {
      await app.close();
      await db.close();
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createScratchDatabase(serverUrl: string) {
  const name = `clinic_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export type Json = Record<string, unknown>;

/**
 * Tests assert on the raw wire format, whose shape each assertion spells out; a loose type
 * keeps them readable instead of restating every response schema.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above; only test code reads these bodies.
export type WireBody = any;

/** A small client over inject: JSON in, parsed JSON out, optional bearer token. */
export function client(app: FastifyInstance, token?: string) {
  const send = async (
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{
    status: number;
    body: WireBody;
    headers: LightMyRequestResponse['headers'];
    raw: LightMyRequestResponse;
  }> => {
    const response = await app.inject({
      method,
      url,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    });
    const text = response.body;
    const parsed: WireBody = text ? JSON.parse(text) : {};
    return { status: response.statusCode, body: parsed, headers: response.headers, raw: response };
  };
  return {
    get: (url: string, headers?: Record<string, string>) => send('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) =>
      send('POST', url, body ?? {}, headers),
    patch: (url: string, body: unknown, headers?: Record<string, string>) =>
      send('PATCH', url, body, headers),
    delete: (url: string, headers?: Record<string, string>) =>
      send('DELETE', url, undefined, headers),
  };
}
