/**
 * `npm run restore <file>`: replaces the embedded database with a backup. Stop the server
 * first; the current database is kept beside it as clinic.sqlite.before-restore-<time>.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../config.ts';

const config = loadConfig();
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- <backup file>');
  process.exit(2);
}
if (config.databaseUrl) {
  console.error('This server uses PostgreSQL: restore with pg_restore (see docs/deploy.md).');
  process.exit(2);
}
const backup = new SQLite(resolve(file), { readonly: true, fileMustExist: true });
const check = backup.pragma('integrity_check', { simple: true });
if (check !== 'ok') {
  console.error(`The backup failed its integrity check: ${String(check)}`);
  process.exit(1);
}

const live = join(config.dataDir, 'clinic.sqlite');
if (existsSync(live)) {
  // A running server holds the database open in WAL mode; an exclusive lock tells us it is not.
  const current = new SQLite(live);
  try {
    current.pragma('locking_mode = exclusive');
    current.prepare('begin exclusive').run();
    current.prepare('rollback').run();
  } catch {
    console.error('The database is in use. Stop the server, then restore.');
    process.exit(1);
  }
  current.pragma('wal_checkpoint(TRUNCATE)');
  current.close();
  const kept = `${live}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(live, kept);
  for (const suffix of ['-wal', '-shm']) rmSync(`${live}${suffix}`, { force: true });
  console.log(`The previous database is kept as ${kept}`);
}
await backup.backup(live);
backup.close();
console.log(`Restored ${resolve(file)} into ${live}. Start the server again.`);
