import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createDb,
  type DbHandle,
  isEmptyPortfolio,
  migrateToLatest,
  pingDatabase,
  seedDemo,
} from '@portfolio/db';
import { createAnswerCache } from './answer-cache.ts';
import { createDemoAdmin } from './auth/demo-admin.ts';
import { newSecret } from './auth/secrets.ts';
import { createClock } from './clock.ts';
import type { Config } from './config.ts';
import { createFigureCells } from './figure-cells.ts';
import { createHttpApp } from './http/http-app.ts';
import type { BaseContext } from './http/request-context.ts';
import { createLogger, type Logger } from './logger.ts';
import { createNotificationServices } from './notifications/notification-services.ts';
import { startNotifier } from './notifications/notifier.ts';

/** How a server names itself in the embedded folder's owner file; the CLI goes through an owner of this name. */
export const SERVER_PROGRAM = 'the dashboard server';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningServer {
  url: string;
  port: number;
  handle: DbHandle;
  /**
   * Stops accepting connections and the notifier, lets in-flight requests and the notifier's look in progress
   * finish, then closes the database.
   */
  close(): Promise<void>;
}

/** Opens the database, migrates it, and on a first start of the embedded database seeds the demo portfolio. */
export async function openDatabase(config: Config, logger: Logger): Promise<DbHandle> {
  const handle = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    program: SERVER_PROGRAM,
    onPoolError: (err) => logger.warn({ err }, 'idle database connection lost'),
  });
  const stale = handle.folder?.tookOverFrom;
  if (stale) {
    logger.warn(
      {
        folder: handle.folder?.folder,
        previous: { pid: stale.pid, program: stale.program, since: stale.since },
      },
      'the data folder was held by a process that no longer runs: taken over',
    );
  }
  const applied = await migrateToLatest(handle.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  if (handle.kind === 'pglite' && (await isEmptyPortfolio(handle.db))) {
    const today = createClock(config.today).today();
    const started = performance.now();
    const counts = await seedDemo(handle.db, { today });
    logger.info(
      { counts, ms: Math.round(performance.now() - started) },
      'empty embedded database: demo portfolio seeded',
    );
    await createDemoAdmin(handle.db, config.password);
  }
  return handle;
}

export function createContext(config: Config, handle: DbHandle, logger: Logger): BaseContext {
  return {
    db: handle.db,
    clock: createClock(config.today),
    logger,
    currency: config.currency,
    fiscalYearStart: config.fiscalYearStart,
    answers: createAnswerCache(handle.db, config.answerCacheMb * 1024 * 1024),
    figureCells: createFigureCells(handle.db),
    notifications: createNotificationServices(config.notifications, handle.folder?.folder),
  };
}

export async function startServer(
  config: Config,
  {
    logger = createLogger(config.logLevel),
    webDist = WEB_DIST,
  }: {
    logger?: Logger;
    /** The built web app served in production (another build's folder: the bench compares two). */
    webDist?: string;
  } = {},
): Promise<RunningServer> {
  const handle = await openDatabase(config, logger);
  // The CLI of whoever owns the embedded folder reaches this server with the secret it finds there (folder-lock).
  const cliSecret = handle.folder ? newSecret('pc') : undefined;
  let context: BaseContext;
  try {
    context = createContext(config, handle, logger);
  } catch (error) {
    await handle.close();
    throw error;
  }
  // Healthy only once started: a CLI that finds the server healthy also finds its URL in the owner file.
  let started = false;
  const app = createHttpApp({
    context,
    checkDatabase: () => pingDatabase(handle.db),
    started: () => started,
    webDist: config.production ? webDist : undefined,
    cliSecret,
    trustProxy: config.trustProxy,
  });
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    await handle.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  await handle.folder?.publish({ url, cliSecret });
  const notifier = startNotifier(context, config.notifications.tickMs);
  started = true;
  logger.info(
    { url, database: handle.kind, web: config.production ? path.relative('.', webDist) : 'vite dev' },
    'listening',
  );

  return {
    url,
    port,
    handle,
    async close() {
      const notifierStopped = notifier.stop();
      await new Promise<void>((resolve) => {
        // Keep-alive connections become idle as their last request finishes: close them then, not after their
        // keep-alive timeout, so a shutdown takes as long as the slowest request in flight.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        server.close(() => {
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
      await notifierStopped;
      context.notifications.mailer?.close();
      await handle.close();
    },
  };
}
