import type { DbHandle } from '@portfolio/db';
import type { Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import { appRouter } from '../routers/app-router.ts';
import { createContext } from '../server.ts';
import { createCallerFactory } from '../trpc.ts';

const createCaller = createCallerFactory(appRouter);

/** The API's own procedures, called in-process: the CLI validates and computes exactly as the server does. */
export function callerFor(config: Config, handle: DbHandle) {
  return createCaller(createContext(config, handle, createLogger('silent')));
}
