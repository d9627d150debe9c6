import type { FastifyInstance } from 'fastify';
import type { BuildOptions } from './app.ts';
import type { Config } from './config.ts';
import { connectDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createInProcessBus } from './lib/event-bus.ts';
import { ensureOwnerFromConfig } from './modules/clinic/index.ts';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Stops accepting connections, lets requests in flight finish, then closes the database. */
  stop(): Promise<void>;
}

/** Migrates, creates the configured owner if needed, and listens. */
export async function startServer(
  config: Config,
  build: (options: BuildOptions) => Promise<FastifyInstance>,
): Promise<RunningServer> {
  const db = connectDatabase(config);
  const applied = await migrateToLatest(db);
  const app = await build({ config, db });
  if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated');
  const createdOwner = await ensureOwnerFromConfig({
    db,
    config,
    now: Date.now,
    events: createInProcessBus(),
  });
  if (createdOwner)
    app.log.info({ email: createdOwner.email }, 'owner account created from OWNER_EMAIL');
  const url = await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `clinic ready at ${url} (${db.engine === 'postgres' ? 'PostgreSQL' : `SQLite in ${config.dataDir}`})`,
  );
  return {
    app,
    url,
    stop: async () => {
      // close() waits for every connection; a keep-alive one that just finished its request
      // would hold shutdown until the client's timeout, so idle ones are swept as they appear.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
      }
      await db.close();
    },
  };
}
