import type { DbHandle } from '@portfolio/db';
import type { Config } from '../config.ts';
import { NO_COOKIE } from '../context.ts';
import { createLogger } from '../logger.ts';
import { appRouter } from '../routers/app-router.ts';
import { createContext } from '../server.ts';
import { createCallerFactory } from '../trpc.ts';

const createCaller = createCallerFactory(appRouter);

/**
 * The API's own procedures, called in-process as the system: the CLI validates and computes exactly as the server
 * does. Whoever runs the CLI already holds the database, so it acts with full rights and is audited as `cli`.
 */
export function callerFor(config: Config, handle: DbHandle) {
  return createCaller({
    ...createContext(config, handle, createLogger('silent')),
    principal: { kind: 'system', role: 'admin', label: 'cli' },
    client: { ip: null, userAgent: 'portfolio-cli' },
    sessionCookie: NO_COOKIE,
  });
}
