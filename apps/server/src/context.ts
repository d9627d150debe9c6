import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';

/** What every service needs; passed explicitly so tests can swap the clock. */
export interface AppContext {
  db: Db;
  config: Config;
  /** Milliseconds since the epoch. */
  now: () => number;
}
