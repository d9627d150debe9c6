import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { loadConfig } from '../config.ts';
import { connectDatabase, type Db } from '../db/connect.ts';
import { createScratchDatabase } from './test-app.ts';

/**
 * An empty database of its own for each test, on the engine the suite runs on (PostgreSQL when
 * DATABASE_URL is set), for tests that migrate a book step by step; removed after the test.
 */
export function migrationDatabasePerTest(): { readonly db: Db } {
  let db: Db | undefined;
  let cleanUp: () => Promise<void> = async () => {};
  beforeEach(async () => {
    const { databaseUrl } = loadConfig();
    const dataDir = mkdtempSync(join(tmpdir(), 'clinic-migration-'));
    const scratch = databaseUrl ? await createScratchDatabase(databaseUrl) : undefined;
    const opened = connectDatabase({ dataDir, databaseUrl: scratch?.url });
    db = opened;
    cleanUp = async () => {
      await opened.close();
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  });
  afterEach(() => cleanUp());
  return {
    get db() {
      if (!db) throw new Error('The database opens before each test.');
      return db;
    },
  };
}
