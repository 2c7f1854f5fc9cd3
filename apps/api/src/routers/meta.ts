import { loadFilterOptions } from '@portfolio/db';
import { readProcedure, router } from '../trpc.ts';

export const metaRouter = router({
  /** What the dashboard needs to know of the server's settings: reporting currency, fiscal year, today. */
  info: readProcedure.query(({ ctx }) => ({
    currency: ctx.currency,
    fiscalYearStart: ctx.fiscalYearStart,
    today: ctx.clock.today(),
  })),

  /** What the dashboard's filters can choose from: vendors and business units on record. */
  filterOptions: readProcedure.query(({ ctx }) => loadFilterOptions(ctx.db)),
});
