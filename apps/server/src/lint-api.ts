/**
 * `npm run lint:api`: builds the application (on a throwaway embedded database, without
 * listening), takes the API document it serves at /api/openapi.json and lints it with Redocly's
 * recommended rules. Any error or warning fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { connectDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { lintOpenApi } from './lib/openapi-lint.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'clinic-openapi-'));
// The document does not depend on the environment, so none of it is read.
const config = { ...loadConfig({}), dataDir, logLevel: 'silent' as const };
const db = connectDatabase(config);
let document: unknown;
try {
  await migrateToLatest(db);
  const app = await buildApp({ config, db });
  await app.ready();
  document = app.swagger();
  await app.close();
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}

const problems = await lintOpenApi(document);
for (const p of problems) console.log(`${p.severity}\t${p.ruleId}\t${p.pointer}\n\t${p.message}`);
if (problems.length > 0) {
  console.error(`/api/openapi.json: ${problems.length} problem(s).`);
  process.exitCode = 1;
} else {
  console.log('/api/openapi.json: no problems.');
}
