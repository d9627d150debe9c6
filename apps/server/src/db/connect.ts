import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  engine: Engine;
  kysely: Kysely<Database>;
  close(): Promise<void>;
  ping(): Promise<void>;
}

// COUNT(*) and BIGINT columns (our epoch-millisecond instants) arrive as strings by default;
// every value we store fits in a double, so read them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export function connectDatabase(options: { databaseUrl?: string; dataDir: string }): Db {
  return options.databaseUrl
    ? connectPostgres(options.databaseUrl)
    : connectSqlite(join(options.dataDir, 'clinic.sqlite'));
}

function connectSqlite(file: string): Db {
  mkdirSync(join(file, '..'), { recursive: true });
  const database = new SQLite(file);
  // WAL lets readers run beside the writer; synchronous=FULL fsyncs every commit, so an
  // answered request survives a power loss.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    engine: 'sqlite',
    kysely,
    close: () => kysely.destroy(),
    ping: async () => {
      await sql`select 1`.execute(kysely);
    },
  };
}

function connectPostgres(connectionString: string): Db {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the server drops (restart, failover) is discarded by the pool; without
  // a listener the 'error' event would crash the process instead.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    engine: 'postgres',
    kysely,
    close: () => kysely.destroy(),
    ping: async () => {
      await sql`select 1`.execute(kysely);
    },
  };
}
