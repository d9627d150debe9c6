/**
 * `npm run backup [file]`: a consistent copy of the embedded database, taken with SQLite's
 * online backup API while the server keeps running. On PostgreSQL use pg_dump instead.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../config.ts';

const config = loadConfig();
if (config.databaseUrl) {
  console.error('This server uses PostgreSQL: back it up with pg_dump (see docs/deploy.md).');
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = resolve(
  process.argv[2] ?? join(config.dataDir, 'backups', `clinic-${stamp}.sqlite`),
);
mkdirSync(dirname(target), { recursive: true });

const source = new SQLite(join(config.dataDir, 'clinic.sqlite'), {
  readonly: true,
  fileMustExist: true,
});
source.pragma('busy_timeout = 5000');
await source.backup(target, {
  progress: ({ totalPages, remainingPages }) => {
    process.stdout.write(
      `\rcopying… ${Math.round(((totalPages - remainingPages) / totalPages) * 100)}%`,
    );
    return 200;
  },
});
process.stdout.write('\rcopying… 100%');
source.close();
const copy = new SQLite(target, { readonly: true });
const check = copy.pragma('integrity_check', { simple: true });
copy.close();
if (check !== 'ok') {
  console.error(`\nThe copy failed its integrity check: ${String(check)}`);
  process.exit(1);
}
console.log(`\nBackup written and checked: ${target}`);
