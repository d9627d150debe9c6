import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * A real app on a real database of its own, migrated and empty of people and visits: a
 * temporary SQLite file, or, when DATABASE_URL points at a PostgreSQL server (npm run
 * test:pg), a fresh database on it. Both start as copies of a migrated template.
 */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const base = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-test-'));
  if (!base.databaseUrl) {
    copyFileSync(await migratedSqliteTemplate(), join(dataDir, 'clinic.sqlite'));
  }
  const scratch = base.databaseUrl
    ? await createScratchDatabase(base.databaseUrl, { migrated: true })
    : undefined;
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

/**
 * A new database on the PostgreSQL server of `serverUrl`: empty, or with `migrated` a copy of
 * one migrated to the latest schema. Copying a database is several times quicker than
 * migrating one, and the suite makes hundreds.
 */
export async function createScratchDatabase(serverUrl: string, options = { migrated: false }) {
  const name = `clinic_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const template = options.migrated ? await migratedTemplate(serverUrl) : undefined;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  return {
    url: databaseUrlOf(serverUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

function databaseUrlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A hash of the migrations' sources: a template made from other migrations is not used. */
function migrationsHash(): string {
  const sources = createHash('sha256');
  const folder = fileURLToPath(new URL('../db/migrations/', import.meta.url));
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.test.ts')) sources.update(file).update(readFileSync(join(folder, file)));
  }
  return sources.digest('hex').slice(0, 16);
}

/**
 * A SQLite book migrated to the latest schema, to copy: made by the first test that needs it
 * and kept in the temporary folder under the migrations' hash. It is written aside and renamed
 * into place, so a test running beside never copies a half-made one.
 */
async function migratedSqliteTemplate(): Promise<string> {
  const path = join(tmpdir(), `clinic-test-template-${migrationsHash()}.sqlite`);
  if (existsSync(path)) return path;
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-template-'));
  const db = connectDatabase({ dataDir, databaseUrl: undefined });
  await migrateToLatest(db);
  // Closing checkpoints the write-ahead log into the file, so the file alone is the book.
  await db.close();
  renameSync(join(dataDir, 'clinic.sqlite'), path);
  rmSync(dataDir, { recursive: true, force: true });
  return path;
}

const templates = new Map<string, Promise<string>>();

/**
 * The name of a database migrated to the latest schema, made once per server and schema: its
 * name holds a hash of the migrations' sources, so a changed migration makes a new one. Test
 * processes running side by side take turns through an advisory lock, and a template is
 * renamed into place only once complete, so none ever copies a half-migrated one.
 */
function migratedTemplate(serverUrl: string): Promise<string> {
  let made = templates.get(serverUrl);
  if (!made) {
    made = makeMigratedTemplate(serverUrl);
    templates.set(serverUrl, made);
  }
  return made;
}

async function makeMigratedTemplate(serverUrl: string): Promise<string> {
  const name = `clinic_template_${migrationsHash()}`;
  const building = `${name}_building`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}`);
      const db = connectDatabase({
        dataDir: tmpdir(),
        databaseUrl: databaseUrlOf(serverUrl, building),
      });
      await migrateToLatest(db);
      await db.close();
      await admin.query(`alter database ${building} rename to ${name}`);
    }
  } finally {
    await admin.end();
  }
  return name;
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
