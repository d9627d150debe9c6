import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  type CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import { isTransientConflict } from './errors.ts';
import { createGroupCommitter } from './group-commit.ts';
import type { Database } from './schema.ts';
import { createWalSync, type WalSync } from './wal-sync.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  engine: Engine;
  kysely: Kysely<Database>;
  /**
   * Runs `work` in a transaction and resolves once it is durable. Inside `work`, use only the
   * `trx` it receives: on SQLite the one connection is held for the whole transaction.
   */
  transact<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * Resolves once every write made so far, by anyone, is on disk. Each answer waits for it, so
   * no answer reports or shows a change that a power cut could still take back.
   */
  untilDurable(): Promise<void>;
  /** Whether every write made so far is on disk: answers need not wait. */
  isDurable(): boolean;
  /**
   * Runs a compiled read and returns each row as an array of its columns in select order.
   * Building an object with named keys for every row costs as much as the query itself on a
   * page of 50, so the hottest read (the appointment list) takes its rows this way.
   */
  selectTuples(query: CompiledQuery): Promise<unknown[][]>;
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
  // WAL lets readers run beside the writer. A commit only writes the log (NORMAL); the log is
  // then fsynced off the event loop before anyone is answered (see wal-sync.ts).
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // 8 MiB of page cache keeps the hot part of a large book in memory between requests; the
  // system's file cache holds the rest. 16 MiB bought a few per cent on reads for 8 MB more of
  // the server's memory (see docs/decisions/035).
  database.pragma('cache_size = -8192');
  const wal = createWalSync(`${file}-wal`);
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database, wal) }),
    plugins: [new CamelCasePlugin()],
  });
  const plain = kysely.withoutPlugins();
  return {
    engine: 'sqlite',
    kysely,
    transact: createGroupCommitter(kysely, () => wal.untilDurable()),
    untilDurable: () => wal.untilDurable(),
    isDurable: () => wal.isDurable(),
    // Through Kysely's driver, so the read waits for a transaction in progress on the one
    // connection instead of seeing its uncommitted rows.
    selectTuples: async (query) => {
      const marked = { ...query, sql: markedForTuples(query.sql) };
      return (await plain.executeQuery<unknown[]>(marked)).rows;
    },
    close: () => kysely.destroy(),
    ping: async () => {
      await sql`select 1`.execute(kysely);
    },
  };
}

const STATEMENT_CACHE_SIZE = 500;
/** A leading comment that asks the statement cache for a statement returning arrays. */
const TUPLES_MARK = '/* tuples */ ';
const markedTexts = new Map<string, string>();

/**
 * The marked text, the same string each time: a freshly joined one would be hashed anew by
 * the statement cache on every call, which showed as 2% of a list page's CPU.
 */
function markedForTuples(text: string): string {
  let marked = markedTexts.get(text);
  if (marked === undefined) {
    marked = `${TUPLES_MARK}${text}`;
    if (markedTexts.size >= STATEMENT_CACHE_SIZE) markedTexts.clear();
    markedTexts.set(text, marked);
  }
  return marked;
}

/**
 * Kysely prepares every query anew, and preparing costs more than running a simple indexed
 * query; the same SQL text is prepared once and reused (a profile showed 13% of CPU in prepare).
 */
function withStatementCache(database: SQLite.Database, wal: WalSync) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        statement = database.prepare(text);
        if (text.startsWith(TUPLES_MARK)) statement.raw(true);
        if (statements.size >= STATEMENT_CACHE_SIZE) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
        statements.set(text, statement);
      }
      // Kysely runs the statement right after preparing it.
      if (!statement.readonly) wal.noteWrite();
      return statement;
    },
  };
}

const MAX_ATTEMPTS = 5;

/**
 * Runs a transaction again when PostgreSQL aborted it for a deadlock or serialization
 * failure, after a short random pause so the contenders do not meet again in step. Units of
 * work only touch the database, so running one again after its rollback is safe.
 */
async function withRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
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
    // Each PostgreSQL connection commits on its own; the server already groups WAL flushes.
    transact: (work) => withRetries(() => kysely.transaction().execute(work)),
    // A PostgreSQL commit returns once its WAL is flushed (synchronous_commit=on).
    untilDurable: () => Promise.resolve(),
    isDurable: () => true,
    selectTuples: async (query) => {
      const result = await pool.query<unknown[]>({
        text: query.sql,
        values: [...query.parameters],
        rowMode: 'array',
      });
      return result.rows;
    },
    close: () => kysely.destroy(),
    ping: async () => {
      await sql`select 1`.execute(kysely);
    },
  };
}
