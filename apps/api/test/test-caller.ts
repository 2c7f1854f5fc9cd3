import type { DbHandle } from '@portfolio/db';
import { createClock } from '../src/clock.ts';
import type { AppContext } from '../src/context.ts';
import { createLogger } from '../src/logger.ts';
import { appRouter } from '../src/routers/app-router.ts';
import { createCallerFactory } from '../src/trpc.ts';

const createCaller = createCallerFactory(appRouter);

/** The API's procedures over a test database, with a fixed today and the reporting currency USD. */
export function testCaller(handle: DbHandle, today: string, overrides: Partial<AppContext> = {}) {
  return createCaller({
    db: handle.db,
    clock: createClock(today),
    logger: createLogger('silent'),
    currency: 'USD',
    fiscalYearStart: 1,
    ...overrides,
  });
}
