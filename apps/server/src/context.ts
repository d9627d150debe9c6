import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import type { EventBus } from './lib/event-bus.ts';

/** What every service needs; passed explicitly so tests can swap the clock. */
export interface AppContext {
  db: Db;
  config: Config;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** Tells every server process (and so every open browser) what changed. */
  events: EventBus;
}
