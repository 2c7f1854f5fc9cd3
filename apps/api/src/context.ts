import type { Db } from '@portfolio/db';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';

/**
 * The inner context: everything a procedure needs, built the same way by the HTTP server, the CLI and tests
 * (`appRouter.createCaller(context)`), so no path needs HTTP or mocks.
 */
export interface AppContext {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Reporting currency (ISO 4217). */
  currency: string;
  fiscalYearStart: number;
}
